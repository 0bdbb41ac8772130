package org.treffpunkt.platform.access;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a caller may do: the one table of the application's authorisation. Every use case in a
 * feature's control layer names the permission it needs ({@link Allowed} or {@link
 * Authorization#require}), so pages, the API and any later client are decided by the same row.
 * Admins hold every permission of organisers ({@link Role#groupsOf}).
 *
 * <p>A permission that partners hold is <em>scoped</em>: a partner acts only on meetings its
 * organisation co-hosts ({@link Scope#CO_HOSTED}) or only on the registrations it made itself
 * ({@link Scope#OWN_REGISTRATIONS}) or only on what belongs to its own organisation ({@link
 * Scope#OWN_ORGANISATION}: its help offers).
 */
public enum Permission {
  /**
   * The back office at all: the start page, the meeting calendar and list (partners: co-hosted
   * meetings).
   */
  USE_BACK_OFFICE(Scope.CO_HOSTED, Role.ORGANISER, Role.PARTNER),
  /**
   * Read a meeting that is not published: organisers all, partners the drafts their organisation
   * co-hosts.
   */
  READ_DRAFTS(Scope.CO_HOSTED, Role.ORGANISER, Role.PARTNER),
  /** Create, change, move and cancel meetings and series. */
  PLAN_MEETINGS(Scope.NONE, Role.ORGANISER),
  /** Add venues. */
  MANAGE_VENUES(Scope.NONE, Role.ORGANISER),
  /** Read the partner organisations. */
  READ_PARTNERS(Scope.NONE, Role.ORGANISER, Role.PARTNER),
  /** Add partner organisations. */
  MANAGE_PARTNERS(Scope.NONE, Role.ORGANISER),
  /** Accounts and roles. */
  MANAGE_USERS(Scope.NONE, Role.ADMIN),
  /** Describe, publish and delete help offers (partners: their own organisation's). */
  MANAGE_OFFERS(Scope.OWN_ORGANISATION, Role.ORGANISER, Role.PARTNER),
  /**
   * Count a referral to a help offer (the card printed or shown at check-in): staff who run the
   * day.
   */
  RECORD_REFERRALS(Scope.NONE, Role.ORGANISER),
  /** A meeting's registrations with personal data (partners: those they made). */
  READ_REGISTRATIONS(Scope.OWN_REGISTRATIONS, Role.ORGANISER, Role.PARTNER),
  /** Register a resident on their behalf (recorded). */
  REGISTER_ON_BEHALF(Scope.NONE, Role.ORGANISER, Role.PARTNER),
  /** Cancel a registration or move one up by hand. */
  HANDLE_REGISTRATIONS(Scope.NONE, Role.ORGANISER),
  /**
   * Write to a meeting's registrants, see whom a change notice could not reach by mail (with their
   * phone numbers) and record that they were told by phone.
   */
  INFORM_REGISTRANTS(Scope.NONE, Role.ORGANISER),
  /** The day of a meeting: the check-in list, attendance and walk-ins. */
  RUN_THE_DAY(Scope.NONE, Role.ORGANISER),
  /** Participant lists as CSV and PDF. */
  EXPORT_PARTICIPANTS(Scope.NONE, Role.ORGANISER),
  /** The interpreter pool (personal data of interpreters), bookings and language needs. */
  MEDIATE_LANGUAGES(Scope.NONE, Role.ORGANISER),
  /** Participation reports and the feedback given on meetings. */
  READ_REPORTS(Scope.NONE, Role.ORGANISER),
  /** Who viewed or exported personal data. */
  READ_AUDIT(Scope.NONE, Role.ADMIN),
  /** Run the anonymisation now. */
  ANONYMISE_NOW(Scope.NONE, Role.ADMIN),
  /** One's own private calendar feeds (partners: co-hosted meetings with drafts). */
  USE_PRIVATE_FEEDS(Scope.CO_HOSTED, Role.ORGANISER, Role.PARTNER),
  /** One's own API tokens (admins see and revoke everyone's: {@link #MANAGE_USERS}). */
  USE_API_TOKENS(Scope.NONE, Role.ORGANISER, Role.PARTNER);

  /** What a partner holding the permission may act on. */
  public enum Scope {
    NONE,
    CO_HOSTED,
    OWN_REGISTRATIONS,
    OWN_ORGANISATION
  }

  private final Scope partnerScope;
  private final Set<Role> roles;

  Permission(Scope partnerScope, Role first, Role... more) {
    this.partnerScope = partnerScope;
    this.roles = EnumSet.of(first, more);
  }

  /**
   * Whether someone holding {@code groups} (container groups, admin already implying organiser) has
   * it.
   */
  public boolean heldBy(Set<String> groups) {
    return roles.stream().map(Role::roleName).anyMatch(groups::contains);
  }

  /** Whether an organiser holds it: then no scope applies to them. */
  public boolean unscopedFor(Set<String> groups) {
    return roles.contains(Role.ORGANISER) && groups.contains(Role.ORGANISER_NAME)
        || roles.contains(Role.ADMIN) && groups.contains(Role.ADMIN_NAME);
  }

  public Scope partnerScope() {
    return partnerScope;
  }
}
