package org.treffpunkt.meeting.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A place where meetings happen, with what matters for access: step-free entrance, accessible
 * toilet, hearing loop.
 */
@Entity
@Table(name = "venue")
public class Venue {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 200)
  private String name;

  @Column(nullable = false, length = 300)
  private String address;

  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "district_id", nullable = false)
  private District district;

  private Double latitude;
  private Double longitude;

  @Column(name = "step_free", nullable = false)
  private boolean stepFree;

  @Column(name = "accessible_toilet", nullable = false)
  private boolean accessibleToilet;

  @Column(name = "hearing_loop", nullable = false)
  private boolean hearingLoop;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected Venue() {}

  public Venue(
      String name,
      String address,
      District district,
      GeoPosition position,
      Accessibility access,
      Instant now) {
    this.name = name;
    this.address = address;
    this.district = district;
    locateAt(position);
    this.stepFree = access.stepFree();
    this.accessibleToilet = access.accessibleToilet();
    this.hearingLoop = access.hearingLoop();
    this.createdAt = now;
  }

  /** What a venue offers for access. */
  public record Accessibility(boolean stepFree, boolean accessibleToilet, boolean hearingLoop) {}

  private void locateAt(GeoPosition position) {
    this.latitude = position == null ? null : position.latitude();
    this.longitude = position == null ? null : position.longitude();
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public String getAddress() {
    return address;
  }

  public District getDistrict() {
    return district;
  }

  /** Where the venue is, if known. */
  public GeoPosition position() {
    return latitude == null || longitude == null ? null : new GeoPosition(latitude, longitude);
  }

  public Accessibility accessibility() {
    return new Accessibility(stepFree, accessibleToilet, hearingLoop);
  }
}
