package org.treffpunkt.calendar.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import org.treffpunkt.calendar.control.FeedTokens;
import org.treffpunkt.calendar.entity.FeedToken;
import org.treffpunkt.platform.Created;
import org.treffpunkt.platform.InputValidation;
import org.treffpunkt.platform.Settings;
import org.treffpunkt.security.boundary.CurrentUser;
import org.treffpunkt.security.entity.Role;

/** Staff and partners create, list and revoke the addresses of their private calendar feeds. */
@Path("feed-tokens")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ORGANISER_NAME, Role.PARTNER_NAME})
public class FeedTokenResource {

  public record FeedTokenRequest(
      @NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.maxLength}") String name) {}

  /** {@code url} (with the secret) only in the answer to creation. */
  public record FeedTokenView(long id, String name, Instant createdAt, boolean revoked, String url) {}

  @Inject FeedTokens tokens;
  @Inject InputValidation validation;
  @Inject CurrentUser currentUser;
  @Inject Settings settings;

  @GET
  public List<FeedTokenView> mine() {
    return tokens.ofOwner(ownerId()).stream().map(t -> view(t, null)).toList();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(FeedTokenRequest request, @Context UriInfo uri) {
    validation.check(request);
    Long partnerId = currentUser.hasRole(Role.ORGANISER) ? null : currentUser.partnerId().orElseThrow();
    FeedTokens.Issued issued = tokens.issue(ownerId(), partnerId, request.name().strip());
    return Created.at(uri, issued.token().getId(), view(issued.token(), feedUrl(settings, issued.secret())));
  }

  @DELETE
  @Path("{id}")
  public Response revoke(@PathParam("id") long id) {
    tokens.revoke(id, ownerId());
    return Response.noContent().build();
  }

  /** The address calendar apps subscribe to. */
  public static String feedUrl(Settings settings, String secret) {
    return settings.baseUrl() + "/calendar/partners/" + secret + ".ics";
  }

  private long ownerId() {
    return currentUser.account().orElseThrow().getId();
  }

  private static FeedTokenView view(FeedToken token, String url) {
    return new FeedTokenView(token.getId(), token.name(), token.createdAt(), token.revoked(), url);
  }
}
