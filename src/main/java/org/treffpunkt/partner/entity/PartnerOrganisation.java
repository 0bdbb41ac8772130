package org.treffpunkt.partner.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A partner organisation (Träger / Hilfsangebot). */
@Entity
@Table(name = "partner_organisation")
public class PartnerOrganisation {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true, length = 200)
  private String name;

  /**
   * How the organisation is reached (address, phone, e-mail of the office), shown to staff only.
   */
  @Column(length = 300)
  private String contact;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected PartnerOrganisation() {}

  public PartnerOrganisation(String name, String contact, Instant createdAt) {
    this.name = name;
    this.contact = contact;
    this.createdAt = createdAt;
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public String getContact() {
    return contact;
  }
}
