package org.treffpunkt.registration.control;

import java.security.SecureRandom;
import java.sql.SQLException;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The code a registration is known by (at the door, on the phone): eight characters of an alphabet
 * without look-alikes, drawn at random, unique over all registrations by the database's unique key
 * {@code uk_registration_code}. Drawing asks the database nothing: with a million codes in use, a
 * new one is taken with a chance of 1 in 150,000, the insert then fails on the key, and the whole
 * registration is made once more with a new code ({@link #retryIfTaken}).
 */
final class RegistrationCodes {

  /** Unambiguous characters only: no 0/O, 1/I/L, 2/Z, 5/S, 8/B. */
  static final String ALPHABET = "ACDEFGHJKMNPQRTUVWXY34679";

  /** Tries in all; with a million codes in use, three taken in a row happen once in 3 × 10^15. */
  static final int ATTEMPTS = 3;

  private static final String KEY = "uk_registration_code";
  private static final SecureRandom RANDOM = new SecureRandom();

  private RegistrationCodes() {}

  static String random() {
    StringBuilder code = new StringBuilder(9);
    for (int i = 0; i < 8; i++) {
      if (i == 4) {
        code.append('-');
      }
      code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return code.toString();
  }

  /**
   * Runs {@code registering} (a transaction of its own, so a failed try leaves nothing behind)
   * again while it fails only because the code it drew is taken.
   */
  static <T> T retryIfTaken(Supplier<T> registering) {
    for (int attempt = 1; ; attempt++) {
      try {
        return registering.get();
      } catch (RuntimeException failure) {
        if (attempt == ATTEMPTS || !taken(failure)) {
          throw failure;
        }
      }
    }
  }

  /**
   * Whether the failure is the unique key on the code: named by Hibernate's constraint violation
   * (MariaDB: {@code uk_registration_code}, H2: its index {@code uk_registration_code_INDEX_…}) or,
   * where Hibernate could not name it, by the database's message.
   */
  static boolean taken(Throwable failure) {
    int depth = 0; // a cause chain may loop
    for (Throwable cause = failure; cause != null && depth++ < 20; cause = cause.getCause()) {
      if (cause instanceof org.hibernate.exception.ConstraintViolationException violation
          && names(violation.getConstraintName())) {
        return true;
      }
      if (cause instanceof SQLException sql && names(sql.getMessage())) {
        return true;
      }
    }
    return false;
  }

  private static boolean names(String text) {
    return text != null && text.toLowerCase(Locale.ROOT).contains(KEY);
  }
}
