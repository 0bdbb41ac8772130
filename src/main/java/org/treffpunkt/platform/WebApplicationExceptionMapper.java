package org.treffpunkt.platform;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/**
 * The runtime's own errors (unknown path, wrong method, unsupported media type, unreadable JSON) as
 * problem+json; their headers (e.g. {@code Allow}) are kept, their texts are replaced by ours.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

  @Inject ProblemResponses problems;
  @Context HttpServletRequest request;
  @Context ResourceInfo resource;

  @Override
  public Response toResponse(WebApplicationException exception) {
    Response original = exception.getResponse();
    List<ProblemException.Violation> typeErrors =
        original.getStatus() == 400 ? BodyTypes.errors(request, resource) : List.of();
    if (!typeErrors.isEmpty()) {
      return problems.of(new ProblemException(400, typeErrors, "problem.wrongType"));
    }
    Response problem = problems.ofStatus(original.getStatus());
    Response.ResponseBuilder builder = Response.fromResponse(problem);
    original
        .getStringHeaders()
        .forEach(
            (name, values) -> {
              if (!name.equalsIgnoreCase("Content-Type")
                  && !name.equalsIgnoreCase("Content-Length")) {
                values.forEach(v -> builder.header(name, v));
              }
            });
    return builder.build();
  }
}
