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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.treffpunkt.platform.ApiDocument;
import org.treffpunkt.platform.Created;
import org.treffpunkt.security.control.UserAdministration;
import org.treffpunkt.security.control.UserRequests;
import org.treffpunkt.security.entity.UserAccount;

/** Admins manage the back-office accounts. Passwords go in, never out. */
@Tag(name = "Accounts")
@SecurityRequirement(name = ApiDocument.BEARER)
@SecurityRequirement(name = ApiDocument.BASIC)
@Path("users")
@Produces(MediaType.APPLICATION_JSON)
public class UserResource {

  @Inject UserAdministration administration;

  @GET
  @Operation(
      operationId = "listUserAccounts",
      summary = "List user accounts",
      description = "All accounts with roles and partner (admins). Passwords are never returned.")
  public List<UserView> all() {
    return administration.all().stream().map(UserView::of).toList();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "createUserAccount",
      summary = "Create a user account",
      description =
          "An account with user name (unique), display name, password and roles (`organiser`, `partner` with its"
              + " `partnerId`, `admin`) (admins).")
  @APIResponse(
      responseCode = "201",
      description = "The account",
      content = @Content(schema = @Schema(implementation = UserView.class)))
  public Response create(UserRequests.Create request, @Context UriInfo uri) {
    UserAccount account = administration.create(request);
    return Created.at(uri, account.getId(), UserView.of(account));
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "changeUserAccount",
      summary = "Change a user account",
      description =
          "Changes roles, display name or active, or sets a new password (admins). A deactivated account, or"
              + " one that lost a role, loses its sessions and API tokens at once.")
  @APIResponse(
      responseCode = "200",
      description = "The account as changed",
      content = @Content(schema = @Schema(implementation = UserView.class)))
  @APIResponse(
      responseCode = "409",
      description = "An admin may not deactivate their own account nor drop their own admin role")
  public UserView update(
      @PathParam("id") long id, UserRequests.Update request, @Context HttpServletRequest http) {
    UserAccount account = administration.update(id, request);
    SessionUser.renewIfSelf(http, account);
    return UserView.of(account);
  }
}
