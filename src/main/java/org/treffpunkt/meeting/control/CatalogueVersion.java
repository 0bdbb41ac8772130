package org.treffpunkt.meeting.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;

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

  @PersistenceContext EntityManager em;
  @Resource TransactionSynchronizationRegistry transactions;

  /** The time (nanoseconds) and the stored counter; replaced in unit tests. */
  LongSupplier nanoTime = System::nanoTime;

  LongSupplier stored = this::read;

  private final AtomicLong known = new AtomicLong(-1);
  private final ReentrantLock reading = new ReentrantLock();
  private volatile long readAt;

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
