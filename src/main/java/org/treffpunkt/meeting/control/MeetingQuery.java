package org.treffpunkt.meeting.control;

import java.time.Instant;

/**
 * What to look for in {@link MeetingCatalogue#search}: a time window on the start, district, format, a language spoken,
 * words of the title, and whether drafts count (staff only). Cancelled meetings are always listed (as cancelled).
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
    int size) {

  public static final int MAX_SIZE = 100;
}
