package org.treffpunkt.registration.control;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of {@code POST /api/meetings/{id}/registrations}. A first name or nickname is enough;
 * e-mail and phone are optional; {@code website} is a honeypot that people never see and never fill
 * in.
 */
public record RegistrationRequest(
    @NotBlank(message = "{validation.required}")
        @Size(max = 100, message = "{validation.maxLength}")
        String name,
    @Email(message = "{validation.email}") @Size(max = 200, message = "{validation.maxLength}")
        String email,
    @Pattern(regexp = "[0-9 +()/.-]{3,50}", message = "{validation.phone}") String phone,
    @Min(value = 0, message = "{validation.min}") @Max(value = 20, message = "{validation.max}")
        Integer adults,
    @Min(value = 0, message = "{validation.min}") @Max(value = 20, message = "{validation.max}")
        Integer children,
    List<String> languages,
    String interpreterLanguage,
    @Valid Needs needs,
    @Size(max = 1000, message = "{validation.maxLength}") String remark,
    @Schema(description = "Must be true: the resident agrees to the processing of their data")
        Boolean consent,
    String locale,
    TargetGroup targetGroup,
    @Schema(description = "Leave out: a field people never see (a robot that fills it is ignored)")
        String website,
    @Schema(
            description =
                "For an advice hour with slots (required there, refused elsewhere): the start of the"
                    + " slot booked, ISO-8601 with offset or local time in Europe/Berlin, as `GET"
                    + " /api/meetings/{id}/slots` lists it",
            examples = "2027-03-02T10:20")
        String slot,
    @Schema(
            description = "For a slot booking (required there): what the advice is about",
            enumeration = {"residence", "work", "school", "health", "housing", "money", "other"})
        String topic) {

  @Schema(name = "RegistrationNeeds")
  public record Needs(
      Boolean stepFree,
      Boolean childcare,
      @Size(max = 500, message = "{validation.maxLength}") String other) {}

  /** Voluntary answers for the funder's statistics; null = not answered. */
  @Schema(name = "RegistrationTargetGroup")
  public record TargetGroup(Boolean nonEuCitizen, Boolean firstVisit) {}
}
