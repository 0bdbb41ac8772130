package org.treffpunkt.security.boundary;

import jakarta.annotation.Priority;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.util.Arrays;
import org.treffpunkt.platform.ProblemResponses;

/**
 * Enforces {@code @RolesAllowed} on API resources (method before class): anonymous → 401 with a Basic challenge,
 * authenticated without the role → 403. Resources without the annotation are public.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class RoleCheck implements ContainerRequestFilter {

  @Context ResourceInfo resource;
  @Inject ProblemResponses problems;

  @Override
  public void filter(ContainerRequestContext request) {
    RolesAllowed allowed = resource.getResourceMethod().getAnnotation(RolesAllowed.class);
    if (allowed == null) {
      allowed = resource.getResourceClass().getAnnotation(RolesAllowed.class);
    }
    if (allowed == null) {
      return;
    }
    var security = request.getSecurityContext();
    if (security.getUserPrincipal() == null) {
      request.abortWith(
          jakarta.ws.rs.core.Response.fromResponse(problems.ofStatus(401))
              .header("WWW-Authenticate", "Basic realm=\"Treffpunkt\", charset=\"UTF-8\"")
              .build());
    } else if (Arrays.stream(allowed.value()).noneMatch(security::isUserInRole)) {
      request.abortWith(problems.ofStatus(403));
    }
  }
}
