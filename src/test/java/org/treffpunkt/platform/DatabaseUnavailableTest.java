package org.treffpunkt.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import jakarta.resource.ResourceException;
import jakarta.transaction.Status;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransientConnectionException;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.Test;

class DatabaseUnavailableTest {

  @Test
  void aDatabaseThatCannotBeReachedIsTemporary() {
    assertTrue(
        DatabaseUnavailable.causedBy(
            new PersistenceException(new SQLTransientConnectionException("down"))));
    assertTrue(
        DatabaseUnavailable.causedBy(new RuntimeException(new SQLException("gone", "08S01"))));
    assertTrue(
        DatabaseUnavailable.causedBy(
            new PersistenceException(
                new SQLException(
                    "IJ031xxx",
                    new ResourceException("IJ000453: Unable to get managed connection")))));
    assertTrue(
        DatabaseUnavailable.causedBy(new IllegalStateException(new ConnectException("refused"))));
  }

  @Test
  void otherFailuresAreOurs() {
    assertFalse(DatabaseUnavailable.causedBy(new IllegalStateException("bug")));
    assertFalse(
        DatabaseUnavailable.causedBy(
            new PersistenceException(
                new SQLIntegrityConstraintViolationException("duplicate", "23000"))));
    assertFalse(
        DatabaseUnavailable.causedBy(
            new PersistenceException(new SQLException("syntax", "42000"))));
  }

  /**
   * Hibernate's find answers a read that the database failed with null once the transaction is
   * marked for rollback: "not found" in such a transaction is the database being away.
   */
  @Test
  void notFoundInATransactionMarkedForRollbackIsTheDatabaseBeingAway() {
    IntSupplier server = DatabaseUnavailable.transactionStatus;
    try {
      DatabaseUnavailable.transactionStatus = () -> Status.STATUS_MARKED_ROLLBACK;
      assertTrue(
          DatabaseUnavailable.causedBy(
              assertThrows(DatabaseUnavailable.FailedRead.class, ProblemException::notFound)));
      DatabaseUnavailable.transactionStatus = () -> Status.STATUS_ACTIVE;
      assertEquals(404, ProblemException.notFound().status());
    } finally {
      DatabaseUnavailable.transactionStatus = server;
    }
  }

  @Test
  void withoutATransactionManagerNotFoundIsNotFound() {
    assertEquals(404, ProblemException.notFound().status());
  }
}
