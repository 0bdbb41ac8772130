package org.treffpunkt.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One access to residents' personal data: who, when, what, of which meeting, how many records. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

  /** What was done with personal data. */
  public enum Action {
    REGISTRATIONS_VIEWED,
    CHECK_IN_LIST_VIEWED,
    /** The registrants a change notice could not reach by mail, with their phone numbers. */
    UNREACHED_VIEWED,
    PARTICIPANTS_EXPORTED_CSV,
    SIGN_IN_SHEET_EXPORTED_PDF;

    /** A list looked at (not a file that left the application). */
    public boolean isView() {
      return this == REGISTRATIONS_VIEWED
          || this == CHECK_IN_LIST_VIEWED
          || this == UNREACHED_VIEWED;
    }
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "occurred_at", nullable = false)
  private Instant occurredAt;

  @Column(name = "user_id")
  private Long userId;

  @Column(nullable = false, length = 100)
  private String username;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 40)
  private Action action;

  @Column(name = "meeting_id")
  private Long meetingId;

  @Column(nullable = false)
  private int records;

  protected AuditEntry() {}

  public AuditEntry(
      Instant occurredAt,
      Long userId,
      String username,
      Action action,
      Long meetingId,
      int records) {
    this.occurredAt = occurredAt;
    this.userId = userId;
    this.username = username;
    this.action = action;
    this.meetingId = meetingId;
    this.records = records;
  }

  public Long getId() {
    return id;
  }

  public Instant occurredAt() {
    return occurredAt;
  }

  public Long userId() {
    return userId;
  }

  public String username() {
    return username;
  }

  public Action action() {
    return action;
  }

  public Long meetingId() {
    return meetingId;
  }

  public int records() {
    return records;
  }
}
