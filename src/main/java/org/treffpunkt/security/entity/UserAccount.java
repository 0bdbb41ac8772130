package org.treffpunkt.security.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.treffpunkt.platform.access.Role;

/**
 * A person who logs in to the back office: staff of the city project or of a partner organisation.
 */
@Entity
@Table(name = "user_account")
@NamedQuery(
    name = UserAccount.BY_USERNAME,
    query = "select u from UserAccount u where u.username = :username")
public class UserAccount {

  public static final String BY_USERNAME = "UserAccount.byUsername";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true, length = 80)
  private String username;

  @Column(name = "display_name", nullable = false, length = 200)
  private String displayName;

  /**
   * PBKDF2 hash in the format of Jakarta Security's {@code Pbkdf2PasswordHash} (algorithm,
   * iterations, salt, hash).
   */
  @Column(name = "password_hash", nullable = false, length = 512)
  private String passwordHash;

  @Column(nullable = false)
  private boolean active = true;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "role", nullable = false, length = 20)
  private Set<Role> roles = EnumSet.noneOf(Role.class);

  /** The partner organisation a partner user works for. */
  @Column(name = "partner_id")
  private Long partnerId;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  /**
   * Raised with every new password: a session remembers the epoch it logged in with and ends when
   * it changed.
   */
  @Column(name = "session_epoch", nullable = false)
  private int sessionEpoch;

  protected UserAccount() {}

  public UserAccount(
      String username,
      String displayName,
      String passwordHash,
      Set<Role> roles,
      Instant createdAt) {
    this.username = username;
    this.displayName = displayName;
    this.passwordHash = passwordHash;
    this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    this.createdAt = createdAt;
  }

  public Long getId() {
    return id;
  }

  public String getUsername() {
    return username;
  }

  public String getDisplayName() {
    return displayName;
  }

  public String getPasswordHash() {
    return passwordHash;
  }

  public boolean isActive() {
    return active;
  }

  public Set<Role> getRoles() {
    return Set.copyOf(roles);
  }

  public Long getPartnerId() {
    return partnerId;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  /** Whether this account may log in at all: active and holding a role. */
  public boolean mayLogIn() {
    return active && !roles.isEmpty();
  }

  /** A new password; sessions logged in with the old one end at their next request. */
  public void changePassword(String newHash) {
    this.passwordHash = newHash;
    this.sessionEpoch++;
  }

  public int getSessionEpoch() {
    return sessionEpoch;
  }

  public void rename(String newDisplayName) {
    this.displayName = newDisplayName;
  }

  public void assignRoles(Set<Role> newRoles) {
    this.roles = newRoles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(newRoles);
  }

  public void deactivate() {
    this.active = false;
  }

  public void activate() {
    this.active = true;
  }

  public void worksFor(Long partnerOrganisationId) {
    this.partnerId = partnerOrganisationId;
  }
}
