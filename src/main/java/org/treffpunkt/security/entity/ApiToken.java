package org.treffpunkt.security.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * A personal access token for the API: named, with an expiry, revocable; the secret is shown once
 * and stored only as its SHA-256 hash. It acts as its owner, with the owner's roles at the time of
 * each request.
 */
@Entity
@Table(name = "api_token")
public class ApiToken {

  /** {@code lastUsedAt} is written at most this often, not on every request. */
  static final Duration USE_RECORDED_EVERY = Duration.ofHours(1);

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "owner_user_id", nullable = false)
  private Long ownerUserId;

  @Column(nullable = false, length = 100)
  private String name;

  @Column(name = "token_hash", nullable = false, unique = true, length = 64)
  private String tokenHash;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  @Column(name = "last_used_at")
  private Instant lastUsedAt;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  protected ApiToken() {}

  public ApiToken(long ownerUserId, String name, String tokenHash, Instant now, Instant expiresAt) {
    if (!expiresAt.isAfter(now)) {
      throw new IllegalArgumentException("expires before it is made");
    }
    this.ownerUserId = ownerUserId;
    this.name = name;
    this.tokenHash = tokenHash;
    this.createdAt = now;
    this.expiresAt = expiresAt;
  }

  /** Whether it may be used at {@code now}: not revoked, not expired. */
  public boolean validAt(Instant now) {
    return revokedAt == null && now.isBefore(expiresAt);
  }

  /**
   * Records a use; returns whether anything changed (at most once per {@link #USE_RECORDED_EVERY}).
   */
  public boolean usedAt(Instant now) {
    if (lastUsedAt != null && Duration.between(lastUsedAt, now).compareTo(USE_RECORDED_EVERY) < 0) {
      return false;
    }
    lastUsedAt = now;
    return true;
  }

  public void revoke(Instant now) {
    if (revokedAt == null) {
      revokedAt = now;
    }
  }

  public Long getId() {
    return id;
  }

  public Long ownerUserId() {
    return ownerUserId;
  }

  public String name() {
    return name;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant expiresAt() {
    return expiresAt;
  }

  public Instant lastUsedAt() {
    return lastUsedAt;
  }

  public boolean revoked() {
    return revokedAt != null;
  }
}
