package org.treffpunkt.attendance.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** People who came without registering: how many and which language they need, never who. */
@Entity
@Table(name = "walk_in")
public class WalkIn {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "meeting_id", nullable = false)
  private Long meetingId;

  @Column(nullable = false)
  private int persons;

  @Column(length = 3)
  private String language;

  @Column(name = "recorded_by_user_id", nullable = false)
  private Long recordedByUserId;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  protected WalkIn() {}

  public WalkIn(
      long meetingId, int persons, String language, long recordedByUserId, Instant recordedAt) {
    if (persons < 1) {
      throw new IllegalArgumentException("at least one person");
    }
    this.meetingId = meetingId;
    this.persons = persons;
    this.language = language;
    this.recordedByUserId = recordedByUserId;
    this.recordedAt = recordedAt;
  }

  public Long getId() {
    return id;
  }

  public Long meetingId() {
    return meetingId;
  }

  public int persons() {
    return persons;
  }

  public String language() {
    return language;
  }

  public Instant recordedAt() {
    return recordedAt;
  }
}
