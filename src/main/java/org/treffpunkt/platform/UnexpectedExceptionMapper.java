package org.treffpunkt.platform;

import jakarta.inject.Inject;
import jakarta.json.bind.JsonbException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Anything else: unreadable JSON is the client's fault (400, naming the fields of the wrong type);
 * an unreachable database is temporary (503 with {@code Retry-After}); the rest is ours (500) and
 * is logged with a reference the client sees, never with request data and never with the cause's
 * message shown to the client.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

  @Inject ProblemResponses problems;
  @Context HttpServletRequest request;
  @Context ResourceInfo resource;

  @Override
  public Response toResponse(Throwable exception) {
    if (causedBy(exception, JsonbException.class)) {
      var typeErrors = BodyTypes.errors(request, resource);
      return typeErrors.isEmpty()
          ? problems.ofStatus(400)
          : problems.of(new ProblemException(400, typeErrors, "problem.wrongType"));
    }
    if (DatabaseUnavailable.causedBy(exception)) {
      LOG.log(
          Level.WARNING, "Database unavailable, answered 503: {0}", exception.getClass().getName());
      return problems.unavailable();
    }
    String reference = UUID.randomUUID().toString();
    LOG.log(
        Level.SEVERE,
        "Unexpected error, reference {0}: {1}",
        new Object[] {reference, outline(exception)});
    return problems.of(500, problems.detailFor500(reference));
  }

  /**
   * Exception types and the innermost frames, without messages: database and parser messages can
   * quote what a resident typed, and personal data never goes into the log.
   */
  static String outline(Throwable exception) {
    StringBuilder outline = new StringBuilder();
    Throwable innermost = exception;
    for (Throwable t = exception; t != null; t = t.getCause()) {
      outline.append(outline.length() == 0 ? "" : " <- ").append(t.getClass().getName());
      innermost = t;
    }
    StackTraceElement[] frames = innermost.getStackTrace();
    for (int i = 0; i < Math.min(8, frames.length); i++) {
      outline.append("\n\tat ").append(frames[i]);
    }
    return outline.toString();
  }

  private static boolean causedBy(Throwable exception, Class<? extends Throwable> type) {
    for (Throwable t = exception; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }
}
