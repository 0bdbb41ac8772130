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
import org.treffpunkt.platform.Created;
import org.treffpunkt.security.control.ApiTokens;

/**
 * Personal access tokens: {@code POST /api/tokens} (shown once), {@code GET}, {@code DELETE
 * /api/tokens/{id}}.
 */
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
  public Response create(ApiTokens.TokenRequest request, @Context UriInfo uri) {
    ApiTokens.Issued issued = tokens.issue(request);
    var t = issued.token();
    return Created.at(
        uri, t.getId(), new IssuedView(t.getId(), t.name(), issued.secret(), t.expiresAt()));
  }

  @GET
  public List<TokenView> list() {
    return tokens.list().stream().map(TokenView::of).toList();
  }

  @DELETE
  @Path("{id}")
  public Response revoke(@PathParam("id") long id) {
    tokens.revoke(id);
    return Response.noContent().build();
  }
}
