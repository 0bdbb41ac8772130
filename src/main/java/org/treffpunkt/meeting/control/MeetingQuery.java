package org.treffpunkt.meeting.control;

import java.time.Instant;
import org.treffpunkt.meeting.entity.MeetingStatus;

/**
 * What to look for in {@link MeetingCatalogue#search}: a time window on the start, district,
 * format, a language spoken, words of the title, whether drafts count (staff only) and, for a
 * partner's back office, the co-hosting partner. Cancelled meetings are always listed (as
 * cancelled).
 */
public record MeetingQuery(
    Instant from,
    Instant to,
    Long districtId,
    Long formatId,
    String language,
    String text,
    boolean includeDrafts,
    int page,
    int size,
    MeetingStatus status,
    Long coHostedBy) {

  public static final int MAX_SIZE = 100;

  public MeetingQuery(
      Instant from,
      Instant to,
      Long districtId,
      Long formatId,
      String language,
      String text,
      boolean includeDrafts,
      int page,
      int size) {
    this(from, to, districtId, formatId, language, text, includeDrafts, page, size, null, null);
  }

  public MeetingQuery(
      Instant from,
      Instant to,
      Long districtId,
      Long formatId,
      String language,
      String text,
      boolean includeDrafts,
      int page,
      int size,
      MeetingStatus status) {
    this(from, to, districtId, formatId, language, text, includeDrafts, page, size, status, null);
  }

  /** The same query with another page window (the back office's lazy table pages by offset). */
  public MeetingQuery window(int newPage, int newSize) {
    return new MeetingQuery(
        from,
        to,
        districtId,
        formatId,
        language,
        text,
        includeDrafts,
        newPage,
        newSize,
        status,
        coHostedBy);
  }

  /** The same query restricted to one status. */
  public MeetingQuery withStatus(MeetingStatus newStatus) {
    return new MeetingQuery(
        from,
        to,
        districtId,
        formatId,
        language,
        text,
        includeDrafts,
        page,
        size,
        newStatus,
        coHostedBy);
  }

  /** The same query with drafts or without. */
  MeetingQuery withDrafts(boolean drafts) {
    return new MeetingQuery(
        from, to, districtId, formatId, language, text, drafts, page, size, status, coHostedBy);
  }

  /** The same query restricted to meetings a partner organisation co-hosts. */
  MeetingQuery coHostedBy(Long partnerId) {
    return new MeetingQuery(
        from,
        to,
        districtId,
        formatId,
        language,
        text,
        includeDrafts,
        page,
        size,
        status,
        partnerId);
  }
}
