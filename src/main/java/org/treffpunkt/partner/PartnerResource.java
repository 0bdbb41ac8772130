package org.treffpunkt.partner;

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
import org.treffpunkt.platform.Created;

/** Partner organisations: staff read them, organisers add them. */
@Path("partners")
@Produces(MediaType.APPLICATION_JSON)
public class PartnerResource {

  public record PartnerView(long id, String name, String contact) {
    static PartnerView of(PartnerOrganisation p) {
      return new PartnerView(p.getId(), p.getName(), p.getContact());
    }
  }

  @Inject PartnerDirectory partners;

  @GET
  public List<PartnerView> all() {
    return partners.list().stream().map(PartnerView::of).toList();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(PartnerDirectory.PartnerRequest request, @Context UriInfo uri) {
    PartnerOrganisation partner = partners.create(request);
    return Created.at(uri, partner.getId(), PartnerView.of(partner));
  }
}
