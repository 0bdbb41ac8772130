package org.treffpunkt.meeting.control;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of {@code POST/PUT /api/meetings} and, with {@code recurrence}, of {@code POST
 * /api/series}. Times are ISO-8601, with an offset or as local time in Berlin ({@code
 * 2027-03-02T18:00}).
 */
public record MeetingRequest(
    @Schema(description = "Title per language code; `de` is required")
        @NotNull(message = "{validation.required}")
        Map<String, String> title,
    Map<String, String> summary,
    Map<String, String> description,
    @NotNull(message = "{validation.required}") Long formatId,
    @NotNull(message = "{validation.required}") Long districtId,
    Long venueId,
    @Size(max = 500, message = "{validation.maxLength}") String onlineUrl,
    @Schema(
            description = "ISO-8601 date-time, with offset or local time in Europe/Berlin",
            examples = "2027-03-02T18:00")
        @NotBlank(message = "{validation.required}")
        String start,
    @Schema(description = "ISO-8601 date-time, after start", examples = "2027-03-02T20:00")
        @NotBlank(message = "{validation.required}")
        String end,
    @Min(value = 1, message = "{validation.min}") @Max(value = 10_000, message = "{validation.max}")
        Integer capacity,
    @Schema(description = "ISO 639-1 codes of the languages spoken") List<String> languages,
    Boolean interpretation,
    Boolean childcare,
    Boolean registrationRequired,
    String registrationOpens,
    String registrationCloses,
    Boolean published,
    List<Long> partnerIds,
    @Valid ContactRequest contact,
    @Valid RecurrenceRequest recurrence,
    @Schema(
            description =
                "Splits an advice hour into bookable slots; residents then book one slot each"
                    + " (registration with `slot` and `topic`)")
        @Valid
        SlotRequest slots) {

  /**
   * Bookable slots: {@code minutes} long, {@code parallel} advisers side by side, {@code walkIn}
   * seats per hour kept for people who come without booking.
   */
  public record SlotRequest(
      @NotNull(message = "{validation.required}")
          @Min(value = 5, message = "{validation.min}")
          @Max(value = 240, message = "{validation.max}")
          Integer minutes,
      @Schema(description = "Advisers working in parallel (default 1)")
          @Min(value = 1, message = "{validation.min}")
          @Max(value = 20, message = "{validation.max}")
          Integer parallel,
      @Schema(description = "Seats per hour kept for walk-ins (default 0)")
          @Min(value = 0, message = "{validation.min}")
          Integer walkIn) {}

  public record ContactRequest(
      @Size(max = 200, message = "{validation.maxLength}") String name,
      @Size(max = 50, message = "{validation.maxLength}") String phone,
      @Email(message = "{validation.email}") @Size(max = 200, message = "{validation.maxLength}")
          String email) {}

  /**
   * {@code until} (a date) or {@code count} ends the series; {@code lastWeekday} asks for "the last
   * …day".
   */
  public record RecurrenceRequest(
      @Schema(
              enumeration = {"WEEKLY", "BIWEEKLY", "MONTHLY_BY_WEEKDAY", "MONTHLY_BY_DATE"},
              description =
                  "WEEKLY; BIWEEKLY (every two weeks); MONTHLY_BY_WEEKDAY (e.g. every 2nd Tuesday);"
                      + " MONTHLY_BY_DATE (e.g. every 15th)")
          @NotNull(message = "{validation.required}")
          String frequency,
      @Schema(
              description = "Last possible date (ISO date); give `until` or `count`",
              format = "date")
          String until,
      @Min(value = 1, message = "{validation.min}") Integer count,
      Boolean lastWeekday) {}
}
