package org.treffpunkt.meeting.boundary;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.treffpunkt.meeting.entity.Contact;

/** A meeting as the API shows it, texts in the requested language (German where a translation is missing). */
public record MeetingView(
    long id,
    Long seriesId,
    String title,
    String summary,
    String description,
    FormatRef format,
    DistrictRef district,
    VenueView venue,
    String onlineUrl,
    OffsetDateTime start,
    OffsetDateTime end,
    Integer capacity,
    int confirmedPersons,
    Integer freePlaces,
    int waitingPersons,
    String status,
    boolean published,
    String cancellationReason,
    List<String> languages,
    boolean interpretation,
    boolean childcare,
    boolean registrationRequired,
    boolean registrationOpen,
    Contact contact,
    List<PartnerRef> partners,
    Map<String, TextView> texts,
    int revision,
    Instant lastModified,
    String url,
    String icsUrl) {

  public record FormatRef(long id, String key, String name) {}

  public record DistrictRef(long id, String slug, String name) {}

  public record PartnerRef(long id, String name) {}

  /** All texts as entered, for organisers editing a meeting. */
  public record TextView(String title, String summary, String description) {}
}
