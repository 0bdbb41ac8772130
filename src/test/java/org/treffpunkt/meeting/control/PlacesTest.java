package org.treffpunkt.meeting.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.lang.reflect.Proxy;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.treffpunkt.platform.DatabaseUnavailable;

/**
 * A meeting that is not there is "not found"; a locked read that Hibernate answered with null
 * because the database failed (the transaction is marked for rollback, HHH-12472) is the database
 * being away, answered 503 — not "this meeting does not exist" to someone registering.
 */
class PlacesTest {

  private static Places places(int transactionStatus) {
    Places places = new Places();
    places.em = fake(EntityManager.class, "find", null);
    places.transaction =
        fake(TransactionSynchronizationRegistry.class, "getTransactionStatus", transactionStatus);
    return places;
  }

  @Test
  void aMeetingThatIsNotThereIsNotFound() {
    assertEquals(Optional.empty(), places(Status.STATUS_ACTIVE).lock(42));
  }

  @Test
  void aLockedReadThatTheDatabaseFailedIsTheDatabaseBeingAway() {
    RuntimeException failure =
        assertThrows(
            DatabaseUnavailable.FailedRead.class,
            () -> places(Status.STATUS_MARKED_ROLLBACK).lock(42));
    assertTrue(DatabaseUnavailable.causedBy(failure));
  }

  /** An implementation of {@code type} whose method {@code name} answers {@code answer}. */
  private static <T> T fake(Class<T> type, String name, Object answer) {
    return type.cast(
        Proxy.newProxyInstance(
            type.getClassLoader(),
            new Class<?>[] {type},
            (self, method, args) -> {
              if (method.getName().equals(name)) {
                return answer;
              }
              throw new UnsupportedOperationException(method.getName());
            }));
  }
}
