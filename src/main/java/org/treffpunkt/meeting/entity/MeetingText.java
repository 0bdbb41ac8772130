package org.treffpunkt.meeting.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The texts of a meeting in one language: title, a summary in plain language, and a description.
 */
@Embeddable
public class MeetingText {

  public static final int TITLE_MAX = 200;
  public static final int SUMMARY_MAX = 500;
  public static final int DESCRIPTION_MAX = 10_000;

  @Column(nullable = false, length = TITLE_MAX)
  private String title;

  @Column(length = SUMMARY_MAX)
  private String summary;

  @Column(length = DESCRIPTION_MAX)
  private String description;

  protected MeetingText() {}

  public MeetingText(String title, String summary, String description) {
    this.title = title;
    this.summary = summary;
    this.description = description;
  }

  public String title() {
    return title;
  }

  public String summary() {
    return summary;
  }

  public String description() {
    return description;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof MeetingText t
        && java.util.Objects.equals(title, t.title)
        && java.util.Objects.equals(summary, t.summary)
        && java.util.Objects.equals(description, t.description);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(title, summary, description);
  }
}
