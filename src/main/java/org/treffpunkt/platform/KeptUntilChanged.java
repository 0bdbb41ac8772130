package org.treffpunkt.platform;

import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Values made from data that changes rarely, kept per server while a stamp of that data (such as
 * the catalogue's version and the day) stays the same: a new stamp starts an empty generation and
 * the old one is dropped. Concurrent requests for a value not kept yet make it once (single
 * flight): the first makes it, the others wait for it. A failure is not kept. At most {@code
 * maxEntries} values per generation; beyond that, others are dropped.
 *
 * @param <V> the values (not null: callers keep an absence as {@code Optional.empty()})
 */
public final class KeptUntilChanged<V> {

  private record Generation<V>(Object stamp, Map<String, CompletableFuture<V>> values) {}

  private final int maxEntries;
  private final AtomicLong made = new AtomicLong();
  private volatile Generation<V> generation = new Generation<>(new Object(), Map.of());

  public KeptUntilChanged(int maxEntries) {
    this.maxEntries = maxEntries;
  }

  /** The value under {@code key} made while the data had {@code stamp}; made now if not kept. */
  public V get(Object stamp, String key, Supplier<V> make) {
    return get(stamp, key, make, value -> true);
  }

  /**
   * As {@link #get(Object, String, Supplier)}; a kept value that is no longer {@code fresh} (it
   * depends on the time, too) is made again.
   */
  public V get(Object stamp, String key, Supplier<V> make, Predicate<V> fresh) {
    Generation<V> current = generation(stamp);
    while (true) {
      CompletableFuture<V> kept = current.values().get(key);
      if (kept == null) {
        CompletableFuture<V> mine = new CompletableFuture<>();
        kept = current.values().putIfAbsent(key, mine);
        if (kept == null) {
          return make(current, key, mine, make);
        }
      }
      V value = join(kept);
      if (fresh.test(value)) {
        return value;
      }
      current.values().remove(key, kept); // stale: the next round makes it (once)
    }
  }

  /**
   * The value under {@code key} if it is kept for {@code stamp} and made already; never makes it,
   * never waits (for callers that must not block, such as Undertow's I/O threads).
   */
  public Optional<V> peek(Object stamp, String key) {
    Generation<V> current = generation;
    if (!current.stamp().equals(stamp)) {
      return Optional.empty();
    }
    CompletableFuture<V> kept = current.values().get(key);
    return kept != null && kept.isDone() && !kept.isCompletedExceptionally()
        ? Optional.of(kept.getNow(null))
        : Optional.empty();
  }

  /** How many values were made since the start (tests count them). */
  public long made() {
    return made.get();
  }

  private V make(Generation<V> current, String key, CompletableFuture<V> mine, Supplier<V> make) {
    try {
      made.incrementAndGet();
      V value = make.get();
      makeRoom(current, key);
      mine.complete(value);
      return value;
    } catch (RuntimeException | Error e) {
      current.values().remove(key, mine); // the next request tries again
      mine.completeExceptionally(e);
      throw e;
    }
  }

  private static <V> V join(CompletableFuture<V> kept) {
    try {
      return kept.join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : e;
    }
  }

  private void makeRoom(Generation<V> current, String keep) {
    Iterator<Map.Entry<String, CompletableFuture<V>>> entries =
        current.values().entrySet().iterator();
    while (current.values().size() > maxEntries && entries.hasNext()) {
      Map.Entry<String, CompletableFuture<V>> entry = entries.next();
      if (!entry.getKey().equals(keep) && entry.getValue().isDone()) {
        entries.remove();
      }
    }
  }

  private Generation<V> generation(Object stamp) {
    Generation<V> current = generation;
    if (current.stamp().equals(stamp)) {
      return current;
    }
    synchronized (this) {
      current = generation;
      if (!current.stamp().equals(stamp)) {
        generation = current = new Generation<>(stamp, new ConcurrentHashMap<>());
      }
      return current;
    }
  }
}
