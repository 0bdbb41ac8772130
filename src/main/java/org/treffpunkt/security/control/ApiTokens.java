package org.treffpunkt.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.treffpunkt.platform.ClockProducer;
import org.treffpunkt.platform.InputValidation;
import org.treffpunkt.platform.ProblemException;
import org.treffpunkt.platform.SecretTokens;
import org.treffpunkt.platform.TimeInput;
import org.treffpunkt.platform.access.Allowed;
import org.treffpunkt.platform.access.Authorization;
import org.treffpunkt.platform.access.Caller;
import org.treffpunkt.platform.access.Permission;
import org.treffpunkt.security.entity.ApiToken;
import org.treffpunkt.security.entity.UserAccount;

/**
 * Personal access tokens: a user manages their own (admins see and revoke all). A token is created
 * only with the password (login form or HTTP Basic), never with another token, so a leaked token
 * cannot prolong itself; it stops working when it expires, is revoked, or its owner may no longer
 * log in.
 */
@ApplicationScoped
public class ApiTokens {

  static final Duration DEFAULT_LIFETIME = Duration.ofDays(90);
  static final Duration MAX_LIFETIME = Duration.ofDays(366);

  /** Marks our tokens (secret scanners find them) and keeps them apart from other Bearer tokens. */
  static final String PREFIX = "tp_";

  /**
   * The body of {@code POST /api/tokens}: a name, and optionally when it expires (a date, or a
   * time).
   */
  @Schema(name = "TokenRequest")
  public record TokenRequest(
      @NotBlank(message = "{validation.required}")
          @Size(max = 100, message = "{validation.maxLength}")
          String name,
      String expiresAt) {}

  /** A new token; {@code secret} is shown once and never stored. */
  public record Issued(ApiToken token, String secret) {}

  /** A token and its owner's user name, for the lists. */
  public record Listed(ApiToken token, String owner) {}

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject InputValidation validation;
  @Inject Authorization authorization;
  @Inject Caller caller;
  @Inject UserDirectory directory;

  @Transactional
  @Allowed(Permission.USE_API_TOKENS)
  public Issued issue(TokenRequest request) {
    if (caller.viaToken()) {
      throw new ProblemException(403, "problem.tokenFromToken");
    }
    validation.check(request);
    Instant now = clock.instant();
    Instant expiresAt = expiry(request.expiresAt(), now);
    String secret = PREFIX + SecretTokens.random();
    ApiToken token =
        new ApiToken(
            authorization.actingUserId(),
            request.name().strip(),
            SecretTokens.hash(secret),
            now,
            expiresAt);
    em.persist(token);
    return new Issued(token, secret);
  }

  /** The caller's tokens not revoked (admins: everyone's), newest first. */
  @Allowed(Permission.USE_API_TOKENS)
  public List<Listed> list() {
    boolean all = authorization.may(Permission.MANAGE_USERS);
    var query =
        em.createQuery(
            "select t, u.username from ApiToken t, UserAccount u where u.id = t.ownerUserId"
                + " and t.revokedAt is null"
                + (all ? "" : " and t.ownerUserId = :owner")
                + " order by t.id desc",
            Object[].class);
    if (!all) {
      query.setParameter("owner", authorization.actingUserId());
    }
    return query
        .getResultStream()
        .map(row -> new Listed((ApiToken) row[0], (String) row[1]))
        .toList();
  }

  /**
   * Revokes one of the caller's tokens (admins: anyone's); someone else's does not exist for them.
   */
  @Transactional
  @Allowed(Permission.USE_API_TOKENS)
  public void revoke(long id) {
    ApiToken token = em.find(ApiToken.class, id);
    if (token == null
        || token.revoked()
        || !token.ownerUserId().equals(authorization.actingUserId())
            && !authorization.may(Permission.MANAGE_USERS)) {
      throw ProblemException.notFound();
    }
    token.revoke(clock.instant());
  }

  /**
   * The account a token stands for, if it is valid and the account may still log in (one hash
   * lookup).
   */
  @Transactional
  public Optional<UserAccount> authenticate(String secret) {
    if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    Optional<ApiToken> token =
        em
            .createQuery("select t from ApiToken t where t.tokenHash = :hash", ApiToken.class)
            .setParameter("hash", SecretTokens.hash(secret))
            .getResultList()
            .stream()
            .findFirst()
            .filter(t -> t.validAt(now));
    Optional<UserAccount> owner =
        token.flatMap(t -> directory.byId(t.ownerUserId())).filter(UserAccount::mayLogIn);
    owner.ifPresent(o -> token.get().usedAt(now));
    return owner;
  }

  private Instant expiry(String requested, Instant now) {
    if (requested == null || requested.isBlank()) {
      return now.plus(DEFAULT_LIFETIME);
    }
    Optional<Instant> expiresAt =
        TimeInput.date(requested)
            .map(d -> d.plusDays(1).atStartOfDay(ClockProducer.BERLIN).toInstant())
            .or(() -> TimeInput.instant(requested));
    if (expiresAt.isEmpty()) {
      throw ProblemException.invalid("expiresAt", "validation.dateTime");
    }
    if (!expiresAt.get().isAfter(now) || expiresAt.get().isAfter(now.plus(MAX_LIFETIME))) {
      throw ProblemException.invalid("expiresAt", "validation.tokenExpiry", MAX_LIFETIME.toDays());
    }
    return expiresAt.get();
  }
}
