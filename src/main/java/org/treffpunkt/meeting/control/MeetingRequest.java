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

/**
 * The body of {@code POST/PUT /api/meetings} and, with {@code recurrence}, of {@code POST
 * /api/series}. Times are ISO-8601, with an offset or as local time in Berlin ({@code
 * 2027-03-02T18:00}).
 */
public record MeetingRequest(
    @NotNull(message = "{validation.required}") Map<String, String> title,
    Map<String, String> summary,
    Map<String, String> description,
    @NotNull(message = "{validation.required}") Long formatId,
    @NotNull(message = "{validation.required}") Long districtId,
    Long venueId,
    @Size(max = 500, message = "{validation.maxLength}") String onlineUrl,
    @NotBlank(message = "{validation.required}") String start,
    @NotBlank(message = "{validation.required}") String end,
    @Min(value = 1, message = "{validation.min}") @Max(value = 10_000, message = "{validation.max}")
        Integer capacity,
    List<String> languages,
    Boolean interpretation,
    Boolean childcare,
    Boolean registrationRequired,
    String registrationOpens,
    String registrationCloses,
    Boolean published,
    List<Long> partnerIds,
    @Valid ContactRequest contact,
    @Valid RecurrenceRequest recurrence) {

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
      @NotNull(message = "{validation.required}") String frequency,
      String until,
      @Min(value = 1, message = "{validation.min}") Integer count,
      Boolean lastWeekday) {}
}
