package org.treffpunkt.platform.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import org.treffpunkt.platform.ProblemException;

/**
 * Decides whether the current caller may do something ({@link Permission}), for control services
 * and — through the same methods — for pages that only show what the caller may do. Anonymous
 * callers get 401, others 403.
 */
@Named
@ApplicationScoped
public class Authorization {

  @Inject Caller caller;
  @Inject Caller.Directory directory;

  /** Throws 401 or 403 unless the caller holds {@code permission} (with whatever scope it has). */
  public void require(Permission permission) {
    if (!permission.heldBy(caller.groups())) {
      throw denied();
    }
  }

  public boolean may(Permission permission) {
    return permission.heldBy(caller.groups());
  }

  /** Throws 401/403 unless the caller may act on a meeting co-hosted by {@code coHosts}. */
  public void requireForMeeting(Permission permission, Collection<Long> coHosts) {
    if (!mayForMeeting(permission, coHosts)) {
      throw denied();
    }
  }

  /**
   * Organisers (and admins) for any meeting; partners only for meetings their organisation
   * co-hosts.
   */
  public boolean mayForMeeting(Permission permission, Collection<Long> coHosts) {
    Set<String> groups = caller.groups();
    if (!permission.heldBy(groups)) {
      return false;
    }
    if (permission.unscopedFor(groups) || permission.partnerScope() != Permission.Scope.CO_HOSTED) {
      return true;
    }
    return caller.partnerId().map(coHosts::contains).orElse(false);
  }

  /**
   * The partner organisation whose registrations alone the caller may see or handle under {@code
   * permission}, or empty when the caller is not limited (organisers). Throws 401/403 if the caller
   * does not hold it at all.
   */
  public Optional<Long> ownRegistrationsOnly(Permission permission) {
    require(permission);
    Set<String> groups = caller.groups();
    if (permission.unscopedFor(groups)) {
      return Optional.empty();
    }
    return Optional.of(caller.partnerId().orElseThrow(this::denied));
  }

  /**
   * The partner whose co-hosted meetings alone the caller sees in the back office, or empty for
   * organisers.
   */
  public Optional<Long> coHostedOnly(Permission permission) {
    require(permission);
    if (permission.unscopedFor(caller.groups())) {
      return Optional.empty();
    }
    return Optional.of(caller.partnerId().orElseThrow(this::denied));
  }

  /**
   * Throws 401/403 unless the caller may act on something of the organisation {@code owner}:
   * organisers (and admins) on anything, partners on their own organisation's.
   */
  public void requireForOrganisation(Permission permission, long owner) {
    if (!mayForOrganisation(permission, owner)) {
      throw denied();
    }
  }

  public boolean mayForOrganisation(Permission permission, long owner) {
    Set<String> groups = caller.groups();
    if (!permission.heldBy(groups)) {
      return false;
    }
    return permission.unscopedFor(groups)
        || caller.partnerId().map(id -> id == owner).orElse(false);
  }

  /**
   * The organisation whose things alone the caller may act on under {@code permission} (a partner's
   * own), or empty for organisers.
   */
  public Optional<Long> ownOrganisationOnly(Permission permission) {
    return coHostedOnly(permission);
  }

  /**
   * Whether an account, not the caller, still holds {@code permission} as it did when it was given
   * something (a private feed address): still active, still in the role, and for a partner still
   * with {@code partnerId}.
   */
  public boolean stillHolds(long userId, Permission permission, Long partnerId) {
    return directory
        .facts(userId)
        .filter(facts -> permission.heldBy(facts.groups()))
        .filter(
            facts ->
                permission.unscopedFor(facts.groups())
                    ? partnerId == null
                    : partnerId != null && partnerId.equals(facts.partnerId()))
        .isPresent();
  }

  /**
   * The account acting, for recording who did something (a use case that needs a permission has
   * one).
   */
  public long actingUserId() {
    return caller.userId().orElseThrow(this::denied);
  }

  private ProblemException denied() {
    return caller.isLoggedIn()
        ? new ProblemException(403, "problem.detail.403")
        : new ProblemException(401, "problem.detail.401");
  }
}
