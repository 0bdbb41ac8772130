package org.treffpunkt.security.boundary;

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
import org.treffpunkt.platform.ApiDocument;
import org.treffpunkt.platform.Created;
import org.treffpunkt.security.control.ApiTokens;

/**
 * Personal access tokens: {@code POST /api/tokens} (shown once), {@code GET}, {@code DELETE
 * /api/tokens/{id}}.
 */
@Tag(name = "API tokens")
@SecurityRequirement(name = ApiDocument.BEARER)
@SecurityRequirement(name = ApiDocument.BASIC)
@Path("tokens")
@Produces(MediaType.APPLICATION_JSON)
public class ApiTokenResource {

  /** The answer to creation: the only time {@code token} is shown. */
  public record IssuedView(long id, String name, String token, Instant expiresAt) {}

  public record TokenView(
      long id,
      String name,
      String owner,
      Instant createdAt,
      Instant expiresAt,
      Instant lastUsedAt) {
    static TokenView of(ApiTokens.Listed listed) {
      var t = listed.token();
      return new TokenView(
          t.getId(), t.name(), listed.owner(), t.createdAt(), t.expiresAt(), t.lastUsedAt());
    }
  }

  @Inject ApiTokens tokens;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "createApiToken",
      summary = "Make an API token",
      description =
          "Makes a personal access token for the caller: named, valid until `expiresAt` (at most a year;"
              + " default 90 days). The token itself is in this answer only; send it as"
              + " `Authorization: Bearer <token>`. It stops working when revoked, expired, or when its owner is"
              + " deactivated or loses the role.")
  @APIResponse(
      responseCode = "201",
      description = "The token, shown this once",
      content = @Content(schema = @Schema(implementation = IssuedView.class)))
  public Response create(ApiTokens.TokenRequest request, @Context UriInfo uri) {
    ApiTokens.Issued issued = tokens.issue(request);
    var t = issued.token();
    return Created.at(
        uri, t.getId(), new IssuedView(t.getId(), t.name(), issued.secret(), t.expiresAt()));
  }

  @GET
  @Operation(
      operationId = "listApiTokens",
      summary = "List API tokens",
      description =
          "The caller's tokens (admins: everyone's) without their secrets, with owner and last use.")
  public List<TokenView> list() {
    return tokens.list().stream().map(TokenView::of).toList();
  }

  @DELETE
  @Path("{id}")
  @Operation(
      operationId = "revokeApiToken",
      summary = "Revoke an API token",
      description = "Revokes one of one's own tokens (admins: any).")
  @APIResponse(responseCode = "204", description = "Revoked")
  public Response revoke(@PathParam("id") long id) {
    tokens.revoke(id);
    return Response.noContent().build();
  }
}
