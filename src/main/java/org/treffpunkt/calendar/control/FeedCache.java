package org.treffpunkt.calendar.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Iterator;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.zip.GZIPOutputStream;
import org.treffpunkt.meeting.control.MeetingCatalogue;
import org.treffpunkt.platform.ClockProducer;

/**
 * Rendered feeds, kept while the data they were made from is unchanged: they belong to the
 * catalogue's version (raised by every change to meetings, on whichever server; known in memory,
 * see {@code CatalogueVersion} for how soon another server's change shows) and today's date (the
 * feed window moves daily). A new version or day starts an empty generation. A hit asks no
 * database; concurrent misses of one feed render it once, the others wait for that rendering. Each
 * feed is kept as it is sent: its bytes and their gzip form (compressed once), both in direct
 * buffers that are written to the connection without copying, with their ETags. At most {@value
 * #MAX_ENTRIES} feeds per generation.
 */
@ApplicationScoped
public class FeedCache {

  static final int MAX_ENTRIES = 200;

  private static final DateTimeFormatter HTTP_DATE =
      DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

  /**
   * A feed ready to send: its identity and gzip bodies (read-only; {@link #body} hands out a view
   * per request), a strong ETag for each, {@code Last-Modified} as the header says it.
   */
  public record Served(
      Feeds.Feed feed,
      String etag,
      String gzipEtag,
      String lastModified,
      long lastModifiedMillis,
      ByteBuffer identity,
      ByteBuffer gzip) {

    /** A feed sent once (private feeds): the server compresses it if the client takes gzip. */
    public static Served uncompressed(Feeds.Feed feed) {
      return of(feed, false);
    }

    /**
     * A feed as sent; {@code kept}: with its gzip form, in direct buffers (else the server
     * compresses it).
     */
    static Served of(Feeds.Feed feed, boolean kept) {
      long millis = feed.lastModified().toEpochMilli() / 1000 * 1000;
      return new Served(
          feed,
          feed.etag(),
          kept ? feed.etag().substring(0, feed.etag().length() - 1) + "-gzip\"" : null,
          HTTP_DATE.format(java.time.Instant.ofEpochMilli(millis)),
          millis,
          kept ? direct(feed.bytes()) : ByteBuffer.wrap(feed.bytes()).asReadOnlyBuffer(),
          kept ? direct(gzip(feed.bytes())) : null);
    }

    /** The body to write for this request: a view of the stored bytes, not a copy. */
    public ByteBuffer body(boolean gzipped) {
      return (gzipped ? gzip : identity).duplicate();
    }

    public boolean hasGzip() {
      return gzip != null;
    }

    private static ByteBuffer direct(byte[] bytes) {
      return ByteBuffer.allocateDirect(bytes.length).put(bytes).flip().asReadOnlyBuffer();
    }

    static byte[] gzip(byte[] bytes) {
      ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 8 + 64);
      try (GZIPOutputStream gzip = new GZIPOutputStream(out, 64 * 1024)) {
        gzip.write(bytes);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return out.toByteArray();
    }
  }

  /** The feeds of one catalogue version on one day (until {@code endMillis}, Berlin midnight). */
  private record Generation(
      long version,
      LocalDate day,
      long endMillis,
      ConcurrentMap<String, CompletableFuture<Optional<Served>>> feeds) {

    Generation(long version, LocalDate day) {
      this(
          version,
          day,
          day.plusDays(1).atStartOfDay(ClockProducer.BERLIN).toInstant().toEpochMilli(),
          new ConcurrentHashMap<>());
    }
  }

  @Inject MeetingCatalogue catalogue;
  @Inject Clock clock;

  private volatile Generation generation = new Generation(Long.MIN_VALUE, LocalDate.EPOCH);
  private final AtomicLong renders = new AtomicLong();

  /**
   * The feed named {@code key} (path, filters, language) as sent, rendered only if the data changed
   * since; empty if {@code render} found nothing (that is kept too).
   */
  public Optional<Served> get(String key, Supplier<Feeds.Feed> render) {
    Generation current = generation(catalogue.version());
    CompletableFuture<Optional<Served>> cached = current.feeds().get(key);
    if (cached == null) {
      CompletableFuture<Optional<Served>> mine = new CompletableFuture<>();
      cached = current.feeds().putIfAbsent(key, mine);
      if (cached == null) {
        return render(current, key, mine, render);
      }
    }
    try {
      return cached.join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : e;
    }
  }

  /** How many feeds were rendered since the start (tests count renderings with it). */
  public long renders() {
    return renders.get();
  }

  private Optional<Served> render(
      Generation current,
      String key,
      CompletableFuture<Optional<Served>> mine,
      Supplier<Feeds.Feed> render) {
    try {
      renders.incrementAndGet();
      Optional<Served> served = Optional.ofNullable(render.get()).map(f -> Served.of(f, true));
      makeRoom(current, key);
      mine.complete(served);
      return served;
    } catch (RuntimeException | Error e) {
      current.feeds().remove(key, mine); // the next request tries again
      mine.completeExceptionally(e);
      throw e;
    }
  }

  private static void makeRoom(Generation current, String keep) {
    Iterator<String> keys = current.feeds().keySet().iterator();
    while (current.feeds().size() > MAX_ENTRIES && keys.hasNext()) {
      String key = keys.next();
      CompletableFuture<Optional<Served>> feed = current.feeds().get(key);
      if (!key.equals(keep) && feed != null && feed.isDone()) {
        keys.remove();
      }
    }
  }

  /** The generation of this version and day; a newer one replaces the current one. */
  private Generation generation(long version) {
    Generation current = generation;
    if (current.version() == version && clock.millis() < current.endMillis()) {
      return current;
    }
    LocalDate today = LocalDate.now(clock.withZone(ClockProducer.BERLIN));
    synchronized (this) {
      current = generation;
      if (version > current.version()
          || version == current.version() && today.isAfter(current.day())) {
        generation = current = new Generation(version, today);
      }
      return current;
    }
  }
}
