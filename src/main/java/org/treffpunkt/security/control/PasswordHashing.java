package org.treffpunkt.security.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * PBKDF2 hashing of passwords with Jakarta Security's own implementation. The parameters are stored
 * inside each hash, so raising them later keeps old hashes verifiable.
 */
@ApplicationScoped
public class PasswordHashing {

  /** OWASP's figure for PBKDF2-HMAC-SHA512. */
  static final int ITERATIONS = 210_000;

  /** Minimum length of a password a person chooses. */
  public static final int MIN_LENGTH = 10;

  @Inject Pbkdf2PasswordHash pbkdf2;

  /**
   * A fixed hash that unknown user names are checked against, so they take as long as known ones.
   */
  private String decoy;

  /**
   * At most this many password checks run at once (one core less than the machine has), so that a
   * burst of them from many clients leaves CPU for everybody else's requests; the rest wait their
   * turn.
   */
  private final java.util.concurrent.Semaphore checks =
      new java.util.concurrent.Semaphore(
          Math.max(1, Runtime.getRuntime().availableProcessors() - 1), true);

  @PostConstruct
  void configure() {
    pbkdf2.initialize(
        Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
            "Pbkdf2PasswordHash.Iterations", Integer.toString(ITERATIONS),
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "64"));
    decoy = pbkdf2.generate("decoy password".toCharArray());
  }

  public String hash(char[] password) {
    return pbkdf2.generate(password);
  }

  public boolean matches(char[] password, String hash) {
    return verify(password, hash);
  }

  /** Spends the time of one verification without a result: the answer for an unknown user name. */
  public void spendVerificationTime(char[] password) {
    verify(password, decoy);
  }

  private boolean verify(char[] password, String hash) {
    checks.acquireUninterruptibly();
    try {
      return pbkdf2.verify(password, hash);
    } finally {
      checks.release();
    }
  }
}
