package org.treffpunkt.meeting.control;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A meeting as the API and the pages show it, texts in one language (German where a translation is
 * missing): what other features read of a meeting.
 */
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
    @Schema(description = "Places (persons); null = unlimited") Integer capacity,
    int confirmedPersons,
    Integer freePlaces,
    int waitingPersons,
    @Schema(
            enumeration = {"DRAFT", "SCHEDULED", "CANCELLED"},
            description =
                "DRAFT: seen by staff only; SCHEDULED: published, takes place; CANCELLED: see cancellationReason")
        String status,
    boolean published,
    String cancellationReason,
    List<String> languages,
    boolean interpretation,
    boolean childcare,
    boolean registrationRequired,
    boolean registrationOpen,
    ContactView contact,
    List<PartnerRef> partners,
    Map<String, TextView> texts,
    int revision,
    Instant lastModified,
    @Schema(description = "The meeting's public page") String url,
    String icsUrl,
    @Schema(description = "The advice hour's bookable slots; null for a meeting without slots")
        SlotsView slots) {

  /** How an advice hour is split into slots (see {@code GET /api/meetings/{id}/slots}). */
  public record SlotsView(int minutes, int parallel, int walkIn) {}

  public record FormatRef(long id, String key, String name) {}

  /** The person residents can ask (staff, shown publicly). */
  public record ContactView(String name, String phone, String email) {}

  public record DistrictRef(long id, String slug, String name) {}

  public record PartnerRef(long id, String name) {}

  /** All texts as entered, for organisers editing a meeting. */
  public record TextView(String title, String summary, String description) {}
}
