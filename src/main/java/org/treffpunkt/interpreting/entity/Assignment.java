package org.treffpunkt.interpreting.entity;

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

/** An interpreter booked for one language at one meeting (recorded who booked, when). */
@Entity
@Table(name = "interpreter_assignment")
public class Assignment {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "meeting_id", nullable = false)
  private Long meetingId;

  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "interpreter_id", nullable = false)
  private Interpreter interpreter;

  @Column(nullable = false, length = 3)
  private String language;

  @Column(name = "assigned_by_user_id", nullable = false)
  private Long assignedByUserId;

  @Column(name = "assigned_at", nullable = false)
  private Instant assignedAt;

  protected Assignment() {}

  public Assignment(
      long meetingId,
      Interpreter interpreter,
      String language,
      long assignedByUserId,
      Instant now) {
    this.meetingId = meetingId;
    this.interpreter = interpreter;
    this.language = language;
    this.assignedByUserId = assignedByUserId;
    this.assignedAt = now;
  }

  public Long getId() {
    return id;
  }

  public Long meetingId() {
    return meetingId;
  }

  public Interpreter interpreter() {
    return interpreter;
  }

  public String language() {
    return language;
  }
}
