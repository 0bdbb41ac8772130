package org.treffpunkt.meeting.control;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Map;

/**
 * The body of {@code PUT /api/series/{id}}: changes for the dates from {@code fromDate} on; fields
 * left out stay.
 */
public record SeriesEdit(
    @NotBlank(message = "{validation.required}") String fromDate,
    String startTime,
    String endTime,
    Long venueId,
    String onlineUrl,
    @Min(value = 1, message = "{validation.min}") @Max(value = 10_000, message = "{validation.max}")
        Integer capacity,
    Map<String, String> title,
    Map<String, String> summary,
    Map<String, String> description,
    List<String> languages,
    Boolean interpretation,
    Boolean childcare,
    Boolean published) {}
