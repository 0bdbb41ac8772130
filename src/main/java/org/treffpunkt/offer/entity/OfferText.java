package org.treffpunkt.offer.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The texts of an offer in one language: what it is called and what it offers to whom. */
@Embeddable
public record OfferText(
    @Column(name = "title", nullable = false, length = OfferText.TITLE_MAX) String title,
    @Column(name = "description", length = OfferText.DESCRIPTION_MAX) String description) {

  public static final int TITLE_MAX = 200;
  public static final int DESCRIPTION_MAX = 4000;
}
