package org.treffpunkt.meeting.control;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /api/venues}. */
public record VenueRequest(
    @NotBlank(message = "{validation.required}")
        @Size(max = 200, message = "{validation.maxLength}")
        String name,
    @NotBlank(message = "{validation.required}")
        @Size(max = 300, message = "{validation.maxLength}")
        String address,
    @NotNull(message = "{validation.required}") Long districtId,
    @DecimalMin(value = "-90", message = "{validation.min}")
        @DecimalMax(value = "90", message = "{validation.max}")
        Double latitude,
    @DecimalMin(value = "-180", message = "{validation.min}")
        @DecimalMax(value = "180", message = "{validation.max}")
        Double longitude,
    Boolean stepFree,
    Boolean accessibleToilet,
    Boolean hearingLoop) {}
