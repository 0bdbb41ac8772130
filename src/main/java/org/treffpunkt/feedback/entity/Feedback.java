package org.treffpunkt.feedback.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One anonymous answer about one meeting. */
@Entity
@Table(name = "feedback")
public class Feedback {

  /** "Did this meeting help you?" */
  @Schema(name = "FeedbackAnswer")
  public enum Answer {
    YES,
    PARTLY,
    NO
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "meeting_id", nullable = false)
  private Long meetingId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private Answer answer;

  @Column(name = "comment_text", length = 1000)
  private String comment;

  @Column(nullable = false, length = 5)
  private String language;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected Feedback() {}

  public Feedback(
      long meetingId, Answer answer, String comment, String language, Instant createdAt) {
    this.meetingId = meetingId;
    this.answer = answer;
    this.comment = comment;
    this.language = language;
    this.createdAt = createdAt;
  }

  public Long getId() {
    return id;
  }

  public Long meetingId() {
    return meetingId;
  }

  public Answer answer() {
    return answer;
  }

  public String comment() {
    return comment;
  }

  public String language() {
    return language;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
