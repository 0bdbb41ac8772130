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
import org.treffpunkt.partner.control.PartnerDirectory;
import org.treffpunkt.partner.control.PartnerDirectory.PartnerView;
import org.treffpunkt.platform.Created;

/** Partner organisations: staff read them, organisers add them. */
@Path("partners")
@Produces(MediaType.APPLICATION_JSON)
public class PartnerResource {

  @Inject PartnerDirectory partners;

  @GET
  public List<PartnerView> all() {
    return partners.list();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(PartnerDirectory.PartnerRequest request, @Context UriInfo uri) {
    PartnerView partner = partners.create(request);
    return Created.at(uri, partner.id(), partner);
  }
}
