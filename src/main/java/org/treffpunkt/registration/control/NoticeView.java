package org.treffpunkt.registration.control;

import jakarta.json.bind.annotation.JsonbNillable;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A notice as a resident reads it on their own page and in {@code GET /api/registrations/{token}}:
 * the meeting was {@code MOVED}, {@code CHANGED} (place, online link) or {@code CANCELLED}, with
 * the values before and after, or a {@code MESSAGE} of the organisers; {@code text} is the message
 * (or a cancellation's reason) in the language asked for, German where there is no translation.
 */
@JsonbNillable
public record NoticeView(
    @Schema(enumeration = {"MOVED", "CHANGED", "CANCELLED", "MESSAGE"}) String kind,
    OffsetDateTime at,
    Values before,
    Values after,
    String text) {

  /**
   * When and where, before or after the change; {@code place} is "name, address", null when online
   * only.
   */
  @JsonbNillable
  @Schema(name = "NoticeValues")
  public record Values(OffsetDateTime start, OffsetDateTime end, String place, String onlineUrl) {}
}
