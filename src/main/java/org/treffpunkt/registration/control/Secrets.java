package org.treffpunkt.registration.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.treffpunkt.platform.DatabaseReady;
import org.treffpunkt.platform.SecretTokens;

/**
 * Self-service tokens derived from an {@code Idempotency-Key} with a secret the application
 * generates at its first start and keeps in the database (shared by every node), so a retry gets
 * the same token back although only its hash is stored. Tokens without such a key are random
 * ({@link SecretTokens#random()}).
 */
@ApplicationScoped
public class Secrets {

  private static final String TOKEN_KEY = "registration-token-key";
  private static final SecureRandom RANDOM = new SecureRandom();

  @PersistenceContext EntityManager em;

  private volatile byte[] tokenKey;

  /** The token for a registration made with this idempotency key for this meeting. */
  public String derivedToken(long meetingId, String idempotencyKey) {
    return mac(meetingId + "\n" + idempotencyKey);
  }

  /**
   * A mark of the client address a public registration came from, to count the places one client
   * holds: keyed, and different for every meeting, so it tells nothing about the address and links
   * no two meetings.
   */
  public String clientMark(long meetingId, String clientAddress) {
    return mac("client\n" + meetingId + "\n" + clientAddress);
  }

  private String mac(String text) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(tokenKey(), "HmacSHA256"));
      byte[] digest = mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private byte[] tokenKey() {
    if (tokenKey == null) {
      String stored = read();
      if (stored == null) {
        throw new IllegalStateException("the token key is created at start-up");
      }
      tokenKey = Base64.getDecoder().decode(stored);
    }
    return tokenKey;
  }

  /**
   * Creates the token key at first start; a node that loses the race to another one just reads the
   * winner's.
   */
  @Transactional
  public void createIfMissing() {
    if (read() != null) {
      return;
    }
    byte[] key = new byte[32];
    RANDOM.nextBytes(key);
    em.createNativeQuery("insert into application_secret (name, secret_value) values (?, ?)")
        .setParameter(1, TOKEN_KEY)
        .setParameter(2, Base64.getEncoder().encodeToString(key))
        .executeUpdate();
  }

  void onDatabaseReady(@Observes DatabaseReady ready, Secrets self) {
    try {
      self.createIfMissing();
    } catch (PersistenceException
        | jakarta.transaction.TransactionalException anotherNodeWasFirst) {
      if (read() == null) {
        throw anotherNodeWasFirst;
      }
    }
  }

  private String read() {
    List<?> values =
        em.createNativeQuery("select secret_value from application_secret where name = ?")
            .setParameter(1, TOKEN_KEY)
            .getResultList();
    return values.isEmpty() ? null : values.get(0).toString();
  }
}
