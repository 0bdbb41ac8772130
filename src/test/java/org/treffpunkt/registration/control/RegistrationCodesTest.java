package org.treffpunkt.registration.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.hibernate.exception.ConstraintViolationException;
import org.junit.jupiter.api.Test;

class RegistrationCodesTest {

  /** What MariaDB's driver and Hibernate's MariaDB dialect make of a taken code. */
  private static RuntimeException takenOnMariaDb() {
    return new PersistenceException(
        "could not execute statement",
        new ConstraintViolationException(
            "could not execute statement",
            new SQLIntegrityConstraintViolationException(
                "(conn=7) Duplicate entry 'ACDE-FGHJ' for key 'uk_registration_code'"),
            "uk_registration_code"));
  }

  /** H2 names the key's index (the message as the H2 of the server gave it). */
  private static RuntimeException takenOnH2() {
    return new ConstraintViolationException(
        "could not execute statement",
        new SQLIntegrityConstraintViolationException(
            "Unique index or primary key violation: \"public.uk_registration_code_INDEX_E ON"
                + " public.registration(code NULLS LAST) VALUES ( /* 1 */ 'ACDE-FGHJ' )\""),
        "public.uk_registration_code_INDEX_E");
  }

  @Test
  void aTakenCodeIsRecognisedOnBothDatabasesAndNothingElseIs() {
    assertTrue(RegistrationCodes.taken(takenOnMariaDb()));
    assertTrue(RegistrationCodes.taken(takenOnH2()));
    assertTrue(
        RegistrationCodes.taken(
            new PersistenceException(
                new SQLIntegrityConstraintViolationException(
                    "Duplicate entry 'ACDE-FGHJ' for key 'uk_registration_code'"))),
        "named by the database's message alone");
    assertFalse(
        RegistrationCodes.taken(
            new ConstraintViolationException(
                "could not execute statement",
                new SQLIntegrityConstraintViolationException(
                    "Duplicate entry '4-x' for key 'uk_registration_idempotency'"),
                "uk_registration_idempotency")),
        "another key");
    assertFalse(RegistrationCodes.taken(new IllegalStateException("no")));
  }

  @Test
  void aRegistrationWhoseCodeWasTakenIsMadeAgainOnce() {
    AtomicInteger tries = new AtomicInteger();

    String made =
        RegistrationCodes.retryIfTaken(
            () -> {
              if (tries.incrementAndGet() == 1) {
                throw takenOnMariaDb();
              }
              return "registered";
            });

    assertEquals("registered", made);
    assertEquals(2, tries.get());
  }

  @Test
  void anyOtherFailureIsNotRepeated() {
    AtomicInteger tries = new AtomicInteger();
    IllegalStateException other = new IllegalStateException("meeting cancelled");

    IllegalStateException thrown =
        assertThrows(
            IllegalStateException.class,
            () ->
                RegistrationCodes.retryIfTaken(
                    () -> {
                      tries.incrementAndGet();
                      throw other;
                    }));

    assertSame(other, thrown);
    assertEquals(1, tries.get());
  }

  @Test
  void codesTakenEveryTimeEndAfterTheLastAttempt() {
    AtomicInteger tries = new AtomicInteger();

    assertThrows(
        PersistenceException.class,
        () ->
            RegistrationCodes.retryIfTaken(
                () -> {
                  tries.incrementAndGet();
                  throw takenOnMariaDb();
                }));

    assertEquals(RegistrationCodes.ATTEMPTS, tries.get());
  }

  @Test
  void codesAreEightUnambiguousCharactersInTwoGroups() {
    for (int i = 0; i < 1_000; i++) {
      String code = RegistrationCodes.random();
      assertTrue(
          code.matches(
              "[" + RegistrationCodes.ALPHABET + "]{4}-[" + RegistrationCodes.ALPHABET + "]{4}"),
          code);
    }
  }
}
