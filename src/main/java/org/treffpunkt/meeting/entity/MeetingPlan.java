package org.treffpunkt.meeting.entity;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * Everything an organiser decides about one meeting, already checked and resolved (format, district
 * and venue are entities, texts keyed by language code with German present).
 */
public record MeetingPlan(
    MeetingFormat format,
    District district,
    Venue venue,
    String onlineUrl,
    Schedule schedule,
    Integer capacity,
    boolean registrationRequired,
    Instant registrationOpens,
    Instant registrationCloses,
    Map<String, MeetingText> texts,
    Set<String> languages,
    boolean interpretation,
    boolean childcare,
    Contact contact,
    Set<Long> partnerIds,
    boolean published,
    SlotPlan slots) {

  public MeetingPlan {
    if (format == null || district == null || schedule == null) {
      throw new IllegalArgumentException("format, district and schedule are required");
    }
    if (texts == null || !texts.containsKey("de")) {
      throw new IllegalArgumentException("a German title is required");
    }
    if (capacity != null && capacity < 1) {
      throw new IllegalArgumentException("capacity must be at least 1");
    }
    texts = Map.copyOf(texts);
    languages = Set.copyOf(languages == null ? Set.of() : languages);
    partnerIds = Set.copyOf(partnerIds == null ? Set.of() : partnerIds);
    contact = contact == null ? Contact.NONE : contact;
  }

  /** The same plan at another time (used by series for each of their dates). */
  public MeetingPlan at(Schedule other) {
    return new MeetingPlan(
        format,
        district,
        venue,
        onlineUrl,
        other,
        capacity,
        registrationRequired,
        registrationOpens,
        registrationCloses,
        texts,
        languages,
        interpretation,
        childcare,
        contact,
        partnerIds,
        published,
        slots);
  }
}
