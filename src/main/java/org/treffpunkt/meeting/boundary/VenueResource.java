package org.treffpunkt.meeting.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.treffpunkt.meeting.control.ReferenceData;
import org.treffpunkt.meeting.control.VenueRequest;
import org.treffpunkt.meeting.control.VenueView;
import org.treffpunkt.meeting.entity.Venue;
import org.treffpunkt.platform.ApiDocument;
import org.treffpunkt.platform.Created;

/** Venues: public to read, organisers add them. */
@RequestScoped
@Tag(name = "Reference data")
@Path("venues")
@Produces(MediaType.APPLICATION_JSON)
public class VenueResource {

  @Inject ReferenceData referenceData;

  @GET
  @Operation(
      operationId = "listVenues",
      summary = "List venues",
      description =
          "All venues with address, district, position and accessibility (step-free, toilet, hearing loop).")
  public List<VenueView> all() {
    return referenceData.venues().stream().map(VenueView::of).toList();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "addVenue",
      summary = "Add a venue",
      description = "Adds a venue (organisers).")
  @SecurityRequirement(name = ApiDocument.BEARER)
  @SecurityRequirement(name = ApiDocument.BASIC)
  @APIResponse(
      responseCode = "201",
      description = "The venue",
      content = @Content(schema = @Schema(implementation = VenueView.class)))
  public Response create(VenueRequest request, @Context UriInfo uri) {
    Venue venue = referenceData.createVenue(request);
    return Created.at(uri, venue.getId(), VenueView.of(venue));
  }
}
