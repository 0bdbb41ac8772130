package org.treffpunkt.meeting.control;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.treffpunkt.platform.DatabaseReady;

/**
 * The catalogue's version as this server knows it, without asking the database on every read: the
 * counter in {@code catalogue_version} is raised by every transaction that changes meetings or
 * series ({@link MeetingCatalogue}); this server raises its copy as soon as such a transaction of
 * its own commits, and re-reads the database at most once per {@link #REREAD} so that a change
 * committed by another server sharing the database is known here at most {@link #REREAD} (plus one
 * database round trip) later. Readers never wait for that re-read unless nothing is known yet: one
 * reader re-reads, the others take the value known.
 */
@ApplicationScoped
public class CatalogueVersion {

  /** How long a version read from the database is taken as current. */
  public static final Duration REREAD = Duration.ofSeconds(1);

  /**
   * How often a background task re-reads the version, so that it is fresh (read less than {@link
   * #REREAD} ago) for readers that must not wait for a database ({@link #known()}).
   */
  static final Duration REFRESH = REREAD.dividedBy(2);

  @PersistenceContext EntityManager em;
  @Resource TransactionSynchronizationRegistry transactions;
  @Resource ManagedScheduledExecutorService scheduler;

  /** The time (nanoseconds) and the stored counter; replaced in unit tests. */
  LongSupplier nanoTime = System::nanoTime;

  LongSupplier stored = this::read;

  private final AtomicLong known = new AtomicLong(-1);
  private final ReentrantLock reading = new ReentrantLock();
  private volatile long readAt;
  private ScheduledFuture<?> refreshing;

  void start(@Observes DatabaseReady ready) {
    long period = REFRESH.toMillis();
    refreshing =
        scheduler.scheduleWithFixedDelay(this::refresh, period, period, TimeUnit.MILLISECONDS);
  }

  @PreDestroy
  void stop() {
    if (refreshing != null) {
      refreshing.cancel(false);
    }
  }

  /** Re-reads the version if it was read {@link #REFRESH} ago or longer. */
  void refresh() {
    reading.lock();
    try {
      long started = nanoTime.getAsLong();
      if (started - readAt >= REFRESH.toNanos()) {
        raise(stored.getAsLong());
        readAt = started;
      }
    } catch (RuntimeException databaseAway) {
      // nothing to report here: the version goes stale, and readers re-read it themselves
    } finally {
      reading.unlock();
    }
  }

  /** The version: at least what the database held {@link #REREAD} ago. */
  public long current() {
    long version = known.get();
    if (version >= 0 && nanoTime.getAsLong() - readAt < REREAD.toNanos()) {
      return version;
    }
    if (version >= 0) {
      if (!reading.tryLock()) {
        return version; // another reader is re-reading it right now
      }
    } else {
      reading.lock();
    }
    try {
      long started = nanoTime.getAsLong();
      if (known.get() < 0 || started - readAt >= REREAD.toNanos()) {
        raise(stored.getAsLong());
        readAt = started;
      }
      return known.get();
    } finally {
      reading.unlock();
    }
  }

  /**
   * The version if it is known without asking the database now (read at most {@link #REREAD} ago,
   * or raised by a commit of this server since): for callers that must not wait for a database,
   * such as Undertow's I/O threads. Empty when {@link #current()} would re-read it.
   */
  public OptionalLong known() {
    long version = known.get();
    return version >= 0 && nanoTime.getAsLong() - readAt < REREAD.toNanos()
        ? OptionalLong.of(version)
        : OptionalLong.empty();
  }

  /**
   * {@link #known()} as a plain function of this instance, for Undertow's I/O threads: asked once
   * (through the bean's proxy), then called without one — a CDI proxy call on such a thread builds
   * Weld's interception stack anew each time (allocation per request).
   */
  public Supplier<OptionalLong> knownReader() {
    return this::known;
  }

  /**
   * Raises the counter inside the caller's transaction and this server's copy once it commits (a
   * transaction rolled back changes nothing anyone sees).
   */
  void bump() {
    em.createNativeQuery("update catalogue_version set version = version + 1 where id = 1")
        .executeUpdate();
    long raised = read();
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
              raise(raised);
            }
          }
        });
  }

  /** Never lowers the version known: readers may see an older snapshot than a commit told us. */
  void raise(long version) {
    known.accumulateAndGet(version, Math::max);
  }

  private long read() {
    return ((Number)
            em.createNativeQuery("select version from catalogue_version where id = 1")
                .getSingleResult())
        .longValue();
  }
}
