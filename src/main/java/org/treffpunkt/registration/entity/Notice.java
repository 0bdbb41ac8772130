package org.treffpunkt.registration.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.treffpunkt.platform.i18n.Language;

/**
 * What the registrants of one meeting were told: that it was moved, changed or cancelled (one
 * notice per revision of the meeting, with the values before and after), or a message organisers
 * wrote (in German and any other languages, with who wrote it). Whom it reached is in its {@link
 * NoticeDelivery deliveries}, not here.
 */
@Entity
@Table(name = "notice")
public class Notice {

  /** The longest message, per language. */
  public static final int TEXT_MAX = 2000;

  public enum Kind {
    MOVED,
    CHANGED,
    CANCELLED,
    MESSAGE
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "meeting_id", nullable = false)
  private Long meetingId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Kind kind;

  /** The meeting's revision this notice tells of; null for a message. */
  private Integer revision;

  @Column(name = "made_at", nullable = false)
  private Instant madeAt;

  /**
   * The organiser who wrote a message; null for a change (whoever made it, the notice is the
   * meeting's).
   */
  @Column(name = "made_by_user_id")
  private Long madeByUserId;

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "start", column = @Column(name = "before_start")),
    @AttributeOverride(name = "end", column = @Column(name = "before_end")),
    @AttributeOverride(name = "place", column = @Column(name = "before_place", length = 500)),
    @AttributeOverride(
        name = "onlineUrl",
        column = @Column(name = "before_online_url", length = 500))
  })
  private NoticeValues before;

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "start", column = @Column(name = "after_start")),
    @AttributeOverride(name = "end", column = @Column(name = "after_end")),
    @AttributeOverride(name = "place", column = @Column(name = "after_place", length = 500)),
    @AttributeOverride(
        name = "onlineUrl",
        column = @Column(name = "after_online_url", length = 500))
  })
  private NoticeValues after;

  /**
   * A message by language (German always), or a cancellation's reason (as the organiser wrote it,
   * in German).
   */
  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "notice_text", joinColumns = @JoinColumn(name = "notice_id"))
  @MapKeyColumn(name = "language", length = 5)
  @Column(name = "body", nullable = false, length = TEXT_MAX)
  private Map<String, String> texts = new HashMap<>();

  protected Notice() {}

  /**
   * A meeting was moved, changed or cancelled: its new {@code revision}, with the values before and
   * after.
   */
  public static Notice ofRevision(
      long meetingId,
      Kind kind,
      int revision,
      NoticeValues before,
      NoticeValues after,
      String reason,
      Instant now) {
    if (kind == Kind.MESSAGE || before == null || after == null) {
      throw new IllegalArgumentException("a change has a kind and values before and after");
    }
    Notice notice = new Notice(meetingId, kind, now);
    notice.revision = revision;
    notice.before = before;
    notice.after = after;
    if (reason != null && !reason.isBlank()) {
      notice.texts.put(Language.DEFAULT.code(), reason);
    }
    return notice;
  }

  /** Organisers write to a meeting's registrants; German is required, other languages optional. */
  public static Notice message(
      long meetingId, Map<String, String> texts, long userId, Instant now) {
    String german = texts.get(Language.DEFAULT.code());
    if (german == null || german.isBlank()) {
      throw new IllegalArgumentException("a message needs a German text");
    }
    Notice notice = new Notice(meetingId, Kind.MESSAGE, now);
    notice.madeByUserId = userId;
    notice.texts.putAll(texts);
    return notice;
  }

  private Notice(long meetingId, Kind kind, Instant now) {
    this.meetingId = meetingId;
    this.kind = kind;
    this.madeAt = now;
  }

  /** The text in {@code language}, else German; null if there is none (a change without reason). */
  public String text(Language language) {
    String text = texts.get(language.code());
    return text != null ? text : texts.get(Language.DEFAULT.code());
  }

  /**
   * Whether a resident who registered at {@code registeredAt} is to see it: only what happened
   * afterwards.
   */
  public boolean concernsRegistrationOf(Instant registeredAt) {
    return madeAt.isAfter(registeredAt);
  }

  public Long getId() {
    return id;
  }

  public Long meetingId() {
    return meetingId;
  }

  public Kind kind() {
    return kind;
  }

  public Integer revision() {
    return revision;
  }

  public Instant madeAt() {
    return madeAt;
  }

  public Long madeByUserId() {
    return madeByUserId;
  }

  public NoticeValues before() {
    return before;
  }

  public NoticeValues after() {
    return after;
  }

  public Map<String, String> texts() {
    return Map.copyOf(texts);
  }
}
