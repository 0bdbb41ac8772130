package org.treffpunkt.calendar.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.treffpunkt.calendar.entity.FeedToken;
import org.treffpunkt.platform.ProblemException;
import org.treffpunkt.platform.SecretTokens;

/** Creating, listing and revoking the tokens of private feeds. */
@ApplicationScoped
public class FeedTokens {

  /** A new token; {@code secret} is shown once and never stored. */
  public record Issued(FeedToken token, String secret) {}

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  @Transactional
  public Issued issue(long ownerUserId, Long partnerId, String name) {
    String secret = SecretTokens.random();
    FeedToken token = new FeedToken(ownerUserId, partnerId, name, SecretTokens.hash(secret), clock.instant());
    em.persist(token);
    return new Issued(token, secret);
  }

  public List<FeedToken> ofOwner(long ownerUserId) {
    return em.createQuery("select t from FeedToken t where t.ownerUserId = :owner order by t.id", FeedToken.class)
        .setParameter("owner", ownerUserId)
        .getResultList();
  }

  /** Revokes a token of {@code ownerUserId}; someone else's token does not exist for them. */
  @Transactional
  public void revoke(long id, long ownerUserId) {
    FeedToken token = em.find(FeedToken.class, id);
    if (token == null || !token.ownerUserId().equals(ownerUserId)) {
      throw ProblemException.notFound();
    }
    token.revoke(clock.instant());
  }

  /** The live token for a secret from a feed address. */
  public Optional<FeedToken> active(String secret) {
    if (secret == null || secret.length() < 20 || secret.length() > 100) {
      return Optional.empty();
    }
    return em.createQuery("select t from FeedToken t where t.tokenHash = :hash and t.revokedAt is null",
            FeedToken.class)
        .setParameter("hash", SecretTokens.hash(secret))
        .getResultStream()
        .findFirst();
  }
}
