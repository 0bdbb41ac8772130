package org.treffpunkt.meeting.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * The version in memory is never older than the database's of {@link CatalogueVersion#REREAD} ago.
 */
class CatalogueVersionTest {

  private static final long SECOND = CatalogueVersion.REREAD.toNanos();

  private final AtomicLong now = new AtomicLong(1_000 * SECOND);
  private final AtomicLong database = new AtomicLong(3);
  private final AtomicInteger reads = new AtomicInteger();
  private final CatalogueVersion version = new CatalogueVersion();

  CatalogueVersionTest() {
    version.nanoTime = now::get;
    version.stored =
        () -> {
          reads.incrementAndGet();
          return database.get();
        };
  }

  @Test
  void anotherServersChangeIsKnownAtMostOneRereadPeriodLater() {
    assertEquals(3, version.current());
    assertEquals(1, reads.get());

    database.set(4); // another server sharing the database commits a change
    now.addAndGet(SECOND - 1);
    assertEquals(3, version.current(), "within the period the database is not asked");
    assertEquals(1, reads.get());

    now.addAndGet(1);
    assertEquals(4, version.current(), "once the period is over, the change is known");
    assertEquals(2, reads.get());
    assertEquals(4, version.current());
    assertEquals(2, reads.get());
  }

  @Test
  void thisServersOwnChangeIsKnownAtOnceAndTheVersionNeverGoesBack() {
    assertEquals(3, version.current());
    version.raise(5); // this server's transaction committed version 5
    assertEquals(5, version.current());
    assertEquals(1, reads.get());

    now.addAndGet(SECOND);
    assertEquals(5, version.current(), "an older snapshot of the database does not lower it");
    database.set(6);
    now.addAndGet(SECOND);
    assertEquals(6, version.current());
  }

  @Test
  void readersThatMustNotWaitGetTheVersionOnlyWhileItIsFreshAndTheRefreshKeepsItFresh() {
    assertTrue(version.known().isEmpty(), "nothing read yet");
    version.refresh();
    assertEquals(3, version.known().getAsLong());

    database.set(4);
    now.addAndGet(CatalogueVersion.REFRESH.toNanos() - 1);
    version.refresh();
    assertEquals(1, reads.get(), "read less than REFRESH ago: not read again");
    assertEquals(3, version.known().getAsLong());

    now.addAndGet(1);
    version.refresh();
    assertEquals(2, reads.get());
    assertEquals(4, version.known().getAsLong(), "the refresh brings another server's change");

    now.addAndGet(SECOND);
    assertTrue(version.known().isEmpty(), "read REREAD ago (no refresh ran): not known any more");
    assertEquals(2, reads.get(), "known() never asks the database");
  }

  @Test
  void aFailingRefreshLeavesTheVersionToGoStale() {
    version.refresh();
    version.stored =
        () -> {
          throw new IllegalStateException("database away");
        };
    now.addAndGet(SECOND);
    version.refresh();
    assertTrue(version.known().isEmpty());
  }
}
