package org.treffpunkt.offer.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * (Counted with one upsert statement by {@code control.Referrals}, read here.) How many residents
 * staff referred to an offer in a district's meetings in a month: a number, no person (not even a
 * time of day).
 */
@Entity
@Table(name = "offer_referral")
public class ReferralCount {

  /** Offer, district and the first day of the month. */
  @Embeddable
  public record Key(
      @Column(name = "offer_id") long offerId,
      @Column(name = "district_id") long districtId,
      @Column(name = "month_start") LocalDate monthStart)
      implements Serializable {}

  @EmbeddedId private Key key;

  @Column(nullable = false)
  private int referrals;

  protected ReferralCount() {}

  public Key key() {
    return key;
  }

  public int referrals() {
    return referrals;
  }
}
