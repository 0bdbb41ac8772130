package org.treffpunkt.calendar.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The key to a private feed: a partner's (its co-hosted meetings, drafts included) or a staff
 * member's (all meetings). Only the SHA-256 of the secret is stored; a revoked token answers 404.
 */
@Entity
@Table(name = "feed_token")
public class FeedToken {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "owner_user_id", nullable = false)
  private Long ownerUserId;

  @Column(name = "partner_id")
  private Long partnerId;

  @Column(nullable = false, length = 100)
  private String name;

  @Column(name = "token_hash", nullable = false, unique = true, length = 64)
  private String tokenHash;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  protected FeedToken() {}

  public FeedToken(long ownerUserId, Long partnerId, String name, String tokenHash, Instant now) {
    this.ownerUserId = ownerUserId;
    this.partnerId = partnerId;
    this.name = name;
    this.tokenHash = tokenHash;
    this.createdAt = now;
  }

  public void revoke(Instant now) {
    if (revokedAt == null) {
      revokedAt = now;
    }
  }

  public boolean revoked() {
    return revokedAt != null;
  }

  public Long getId() {
    return id;
  }

  public Long ownerUserId() {
    return ownerUserId;
  }

  public Long partnerId() {
    return partnerId;
  }

  public String name() {
    return name;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant revokedAt() {
    return revokedAt;
  }
}
