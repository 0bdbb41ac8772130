package org.treffpunkt.security.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.treffpunkt.platform.Created;
import org.treffpunkt.security.control.UserAdministration;
import org.treffpunkt.security.control.UserRequests;
import org.treffpunkt.security.entity.UserAccount;

/** Admins manage the back-office accounts. Passwords go in, never out. */
@Path("users")
@Produces(MediaType.APPLICATION_JSON)
public class UserResource {

  @Inject UserAdministration administration;

  @GET
  public List<UserView> all() {
    return administration.all().stream().map(UserView::of).toList();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(UserRequests.Create request, @Context UriInfo uri) {
    UserAccount account = administration.create(request);
    return Created.at(uri, account.getId(), UserView.of(account));
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  public UserView update(
      @PathParam("id") long id, UserRequests.Update request, @Context HttpServletRequest http) {
    UserAccount account = administration.update(id, request);
    SessionUser.renewIfSelf(http, account);
    return UserView.of(account);
  }
}
