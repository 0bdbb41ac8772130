package org.treffpunkt.offer.control;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST/PUT /api/offers} and of the back-office form. */
public record OfferRequest(
    @Schema(
            description =
                "The owning partner organisation; partners may leave it out (their own), organisers must give it")
        Long partnerId,
    @Schema(description = "Title per language code; `de` is required")
        @NotNull(message = "{validation.required}")
        Map<String, String> title,
    @Schema(description = "What the offer is and for whom, per language code")
        Map<String, String> description,
    @Schema(
            description =
                "Advice topics: `residence`, `work`, `school`, `health`, `housing`, `money`, `other`")
        List<String> topics,
    @Schema(description = "ISO 639-1 codes of the languages spoken") List<String> languages,
    @Schema(description = "Ids of the districts served (`/api/districts`); at least one")
        List<Long> districtIds,
    @Size(max = 300, message = "{validation.maxLength}") String address,
    @Schema(description = "Accessibility of the place (step-free entrance, lift, …)")
        @Size(max = 500, message = "{validation.maxLength}")
        String accessibility,
    @Schema(description = "Phone, e-mail or office hours of the contact")
        @Size(max = 300, message = "{validation.maxLength}")
        String contact,
    @Size(max = 500, message = "{validation.maxLength}") String url,
    @Schema(description = "Weekly opening hours") @Valid List<HoursRequest> openingHours,
    @Schema(description = "Days closed in spite of the weekly hours") @Valid
        List<ClosureRequest> closures,
    Boolean published) {

  /** One weekly opening: day {@code MONDAY}…{@code SUNDAY}, times {@code 09:00}. */
  public record HoursRequest(
      @Schema(description = "`MONDAY` … `SUNDAY`", examples = "TUESDAY")
          @NotNull(message = "{validation.required}")
          String day,
      @Schema(examples = "09:00") @NotNull(message = "{validation.required}") String from,
      @Schema(examples = "12:00") @NotNull(message = "{validation.required}") String to) {}

  /** A day closed: ISO date and an optional note. */
  public record ClosureRequest(
      @Schema(examples = "2027-12-24") @NotNull(message = "{validation.required}") String date,
      @Size(max = 200, message = "{validation.maxLength}") String note) {}
}
