package org.treffpunkt.platform;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import jakarta.resource.ResourceException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransientConnectionException;
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
}
