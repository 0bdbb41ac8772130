package org.treffpunkt.calendar.boundary;

import jakarta.inject.Inject;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.treffpunkt.calendar.control.FeedTokens;
import org.treffpunkt.calendar.entity.FeedToken;
import org.treffpunkt.platform.ApiDocument;
import org.treffpunkt.platform.Created;
import org.treffpunkt.platform.Settings;

/** Staff and partners create, list and revoke the addresses of their private calendar feeds. */
@Tag(name = "Feed tokens")
@SecurityRequirement(name = ApiDocument.BEARER)
@SecurityRequirement(name = ApiDocument.BASIC)
@Path("feed-tokens")
@Produces(MediaType.APPLICATION_JSON)
public class FeedTokenResource {

  /** {@code url} (with the secret) only in the answer to creation. */
  public record FeedTokenView(
      long id, String name, Instant createdAt, boolean revoked, String url) {}

  @Inject FeedTokens tokens;
  @Inject Settings settings;

  @GET
  @Operation(
      operationId = "listFeedTokens",
      summary = "List one's calendar feed addresses",
      description =
          "The caller's private calendar feeds (drafts included) with their secret addresses.")
  public List<FeedTokenView> mine() {
    return tokens.mine().stream().map(t -> view(t, null)).toList();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "createFeedToken",
      summary = "Make a private calendar feed address",
      description =
          "A secret address (`/calendar/partners/{token}.ics`) for calendar apps; revocable.")
  @APIResponse(
      responseCode = "201",
      description = "The feed address",
      content = @Content(schema = @Schema(implementation = FeedTokenView.class)))
  public Response create(FeedTokens.FeedTokenRequest request, @Context UriInfo uri) {
    FeedTokens.Issued issued = tokens.issue(request);
    return Created.at(
        uri, issued.token().getId(), view(issued.token(), feedUrl(settings, issued.secret())));
  }

  @DELETE
  @Path("{id}")
  @Operation(
      operationId = "revokeFeedToken",
      summary = "Revoke a calendar feed address",
      description = "The address answers 404 from now on.")
  @APIResponse(responseCode = "204", description = "Revoked")
  public Response revoke(@PathParam("id") long id) {
    tokens.revoke(id);
    return Response.noContent().build();
  }

  /** The address calendar apps subscribe to. */
  public static String feedUrl(Settings settings, String secret) {
    return settings.baseUrl() + "/calendar/partners/" + secret + ".ics";
  }

  private static FeedTokenView view(FeedToken token, String url) {
    return new FeedTokenView(token.getId(), token.name(), token.createdAt(), token.revoked(), url);
  }
}
