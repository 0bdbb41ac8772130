package org.treffpunkt.offer.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.treffpunkt.meeting.control.ReferenceViews;
import org.treffpunkt.offer.control.HelpOffers;
import org.treffpunkt.offer.control.OfferFilter;
import org.treffpunkt.offer.control.OfferRequest;
import org.treffpunkt.offer.control.OfferView;
import org.treffpunkt.offer.control.Referrals;
import org.treffpunkt.platform.ApiDocument;
import org.treffpunkt.platform.Created;
import org.treffpunkt.platform.i18n.CurrentLanguage;

/** Help offers: published ones public, maintained by organisers and the owning partner. */
@Tag(name = "Help offers")
@Path("offers")
@Produces(MediaType.APPLICATION_JSON)
public class OfferResource {

  static final String OFFER_EXAMPLE =
      "{\"partnerId\": 3, \"title\": {\"de\": \"Migrationsberatung\", \"en\": \"Migration advice\"},"
          + " \"description\": {\"de\": \"Beratung zu Aufenthalt, Arbeit und Familie\"},"
          + " \"topics\": [\"residence\", \"work\"], \"languages\": [\"de\", \"ar\", \"fa\"],"
          + " \"districtIds\": [5, 7], \"address\": \"Breiter Weg 1, 39104 Magdeburg\","
          + " \"accessibility\": \"Stufenloser Eingang\", \"contact\": \"0391 123456\","
          + " \"url\": \"https://beratung.example.org\","
          + " \"openingHours\": [{\"day\": \"TUESDAY\", \"from\": \"09:00\", \"to\": \"12:00\"}],"
          + " \"closures\": [{\"date\": \"2027-12-24\", \"note\": \"Heiligabend\"}], \"published\": true}";

  /** The body of {@code POST /api/offers/{id}/referrals}. */
  public record ReferralRequest(
      @Schema(description = "The meeting the referral was made at (its district counts)")
          Long meetingId,
      @Schema(description = "Else the district (id or slug)") String district) {}

  @Inject HelpOffers offers;
  @Inject Referrals referrals;
  @Inject ReferenceViews referenceViews;
  @Inject CurrentLanguage language;

  @GET
  @Operation(
      operationId = "listOffers",
      summary = "List help offers",
      description =
          "Published help offers of partner organisations, by title; texts in the request's language with"
              + " the German text where a translation is missing. An unknown filter value is a 400.")
  public List<OfferView> list(
      @Parameter(description = "Only offers serving this district (id or slug)")
          @QueryParam("district")
          String district,
      @Parameter(description = "Only offers in this ISO 639-1 language") @QueryParam("language")
          String spoken,
      @Parameter(
              description =
                  "Only offers on this topic (`residence`, `work`, `school`, `health`, `housing`, `money`, `other`)")
          @QueryParam("topic")
          String topic) {
    return offers.published(
        OfferFilter.of(district, spoken, topic, referenceViews), language.get());
  }

  @GET
  @Path("{id}")
  @Operation(
      operationId = "readOffer",
      summary = "Read a help offer",
      description =
          "One help offer; an unpublished one is 404 except for organisers and its own partner.")
  public OfferView one(@PathParam("id") long id) {
    return offers.find(id, language.get());
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "addOffer",
      summary = "Add a help offer",
      description =
          "Adds a help offer (organisers for any partner organisation, named by `partnerId`; partners for"
              + " their own). `title.de` and at least one district are required.")
  @SecurityRequirement(name = ApiDocument.BEARER)
  @SecurityRequirement(name = ApiDocument.BASIC)
  @APIResponse(
      responseCode = "201",
      description = "The help offer",
      content = @Content(schema = @Schema(implementation = OfferView.class)))
  public Response create(
      @RequestBody(
              content =
                  @Content(
                      schema = @Schema(implementation = OfferRequest.class),
                      examples =
                          @ExampleObject(
                              name = "migration advice",
                              summary = "Advice in three languages, open Tuesday mornings",
                              value = OFFER_EXAMPLE)))
          OfferRequest request,
      @Context UriInfo uri) {
    OfferView offer = offers.create(request, language.get());
    return Created.at(uri, offer.id(), offer);
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "changeOffer",
      summary = "Change a help offer",
      description =
          "Replaces a help offer with the body (organisers, and the partner organisation owning it).")
  @SecurityRequirement(name = ApiDocument.BEARER)
  @SecurityRequirement(name = ApiDocument.BASIC)
  public OfferView change(@PathParam("id") long id, OfferRequest request) {
    return offers.update(id, request, language.get());
  }

  @DELETE
  @Path("{id}")
  @Operation(
      operationId = "deleteOffer",
      summary = "Delete a help offer",
      description =
          "Deletes a help offer (organisers, and the partner organisation owning it); its referral"
              + " counts stay in the reports.")
  @SecurityRequirement(name = ApiDocument.BEARER)
  @SecurityRequirement(name = ApiDocument.BASIC)
  @APIResponse(responseCode = "204", description = "Deleted")
  public Response delete(@PathParam("id") long id) {
    offers.delete(id);
    return Response.noContent().build();
  }

  @POST
  @Path("{id}/referrals")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "countReferral",
      summary = "Count a referral to a help offer",
      description =
          "Counts one referral of a resident to a published offer (staff who run the day), in the district"
              + " of the meeting named (or the district named) and this month. Nothing about the person is"
              + " sent or kept; the referral card counts itself when opened.")
  @SecurityRequirement(name = ApiDocument.BEARER)
  @SecurityRequirement(name = ApiDocument.BASIC)
  @APIResponse(responseCode = "204", description = "Counted")
  public Response refer(@PathParam("id") long id, ReferralRequest request) {
    referrals.record(
        id, request == null ? null : new Referrals.Place(request.meetingId(), request.district()));
    return Response.noContent().build();
  }
}
