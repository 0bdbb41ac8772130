package org.treffpunkt.partner.boundary;

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
import org.treffpunkt.partner.control.PartnerDirectory;
import org.treffpunkt.partner.control.PartnerDirectory.PartnerView;
import org.treffpunkt.platform.ApiDocument;
import org.treffpunkt.platform.Created;

/** Partner organisations: staff read them, organisers add them. */
@Tag(name = "Partners")
@SecurityRequirement(name = ApiDocument.BEARER)
@SecurityRequirement(name = ApiDocument.BASIC)
@Path("partners")
@Produces(MediaType.APPLICATION_JSON)
public class PartnerResource {

  @Inject PartnerDirectory partners;

  @GET
  @Operation(
      operationId = "listPartners",
      summary = "List partner organisations",
      description = "All partner organisations (staff and partners).")
  public List<PartnerView> all() {
    return partners.list();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "addPartner",
      summary = "Add a partner organisation",
      description = "Adds a partner organisation (organisers).")
  @APIResponse(
      responseCode = "201",
      description = "The partner organisation",
      content = @Content(schema = @Schema(implementation = PartnerView.class)))
  public Response create(PartnerDirectory.PartnerRequest request, @Context UriInfo uri) {
    PartnerView partner = partners.create(request);
    return Created.at(uri, partner.id(), partner);
  }
}
