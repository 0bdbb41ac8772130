package org.treffpunkt.calendar.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.treffpunkt.calendar.entity.FeedToken;
import org.treffpunkt.platform.InputValidation;
import org.treffpunkt.platform.ProblemException;
import org.treffpunkt.platform.SecretTokens;
import org.treffpunkt.platform.access.Allowed;
import org.treffpunkt.platform.access.Authorization;
import org.treffpunkt.platform.access.Caller;
import org.treffpunkt.platform.access.Permission;

/**
 * The addresses of private feeds: staff and partners create, list and revoke their own. An address
 * works only while its owner still may use it: active, in the role, and for a partner still working
 * for the same organisation.
 */
@ApplicationScoped
public class FeedTokens {

  /** The body of {@code POST /api/feed-tokens}. */
  public record FeedTokenRequest(
      @NotBlank(message = "{validation.required}")
          @Size(max = 100, message = "{validation.maxLength}")
          String name) {}

  /** A new token; {@code secret} is shown once and never stored. */
  public record Issued(FeedToken token, String secret) {}

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject InputValidation validation;
  @Inject Authorization authorization;
  @Inject Caller caller;

  /**
   * A new address for the caller: a partner's shows its organisation's co-hosted meetings, staff's
   * every meeting.
   */
  @Transactional
  @Allowed(Permission.USE_PRIVATE_FEEDS)
  public Issued issue(FeedTokenRequest request) {
    validation.check(request);
    Long partnerId = authorization.coHostedOnly(Permission.USE_PRIVATE_FEEDS).orElse(null);
    String secret = SecretTokens.random();
    FeedToken token =
        new FeedToken(
            authorization.actingUserId(),
            partnerId,
            request.name().strip(),
            SecretTokens.hash(secret),
            clock.instant());
    em.persist(token);
    return new Issued(token, secret);
  }

  /** The caller's own addresses. */
  @Allowed(Permission.USE_PRIVATE_FEEDS)
  public List<FeedToken> mine() {
    return em.createQuery(
            "select t from FeedToken t where t.ownerUserId = :owner order by t.id", FeedToken.class)
        .setParameter("owner", authorization.actingUserId())
        .getResultList();
  }

  /** Revokes one of the caller's addresses; someone else's does not exist for them. */
  @Transactional
  @Allowed(Permission.USE_PRIVATE_FEEDS)
  public void revoke(long id) {
    FeedToken token = em.find(FeedToken.class, id);
    if (token == null || !token.ownerUserId().equals(authorization.actingUserId())) {
      throw ProblemException.notFound();
    }
    token.revoke(clock.instant());
  }

  /** The live token for a secret from a feed address, while its owner still may use it. */
  public Optional<FeedToken> active(String secret) {
    if (secret == null || secret.length() < 20 || secret.length() > 100) {
      return Optional.empty();
    }
    return em.createQuery(
            "select t from FeedToken t where t.tokenHash = :hash and t.revokedAt is null",
            FeedToken.class)
        .setParameter("hash", SecretTokens.hash(secret))
        .getResultStream()
        .findFirst()
        .filter(
            t ->
                authorization.stillHolds(
                    t.ownerUserId(), Permission.USE_PRIVATE_FEEDS, t.partnerId()));
  }
}
