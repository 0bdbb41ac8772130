package org.treffpunkt.partner;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
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
import org.treffpunkt.platform.InputValidation;
import org.treffpunkt.security.entity.Role;

@Path("partners")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ORGANISER_NAME, Role.PARTNER_NAME})
public class PartnerResource {

  public record PartnerRequest(
      @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.maxLength}") String name,
      @Size(max = 300, message = "{validation.maxLength}") String contact) {}

  public record PartnerView(long id, String name, String contact) {
    static PartnerView of(PartnerOrganisation p) {
      return new PartnerView(p.getId(), p.getName(), p.getContact());
    }
  }

  @Inject PartnerDirectory partners;
  @Inject InputValidation validation;

  @GET
  public List<PartnerView> all() {
    return partners.all().stream().map(PartnerView::of).toList();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.ORGANISER_NAME)
  public Response create(PartnerRequest request, @Context UriInfo uri) {
    validation.check(request);
    String contact = request.contact() == null || request.contact().isBlank() ? null : request.contact().strip();
    PartnerOrganisation partner = partners.create(request.name().strip(), contact);
    return Created.at(uri, partner.getId(), PartnerView.of(partner));
  }
}
