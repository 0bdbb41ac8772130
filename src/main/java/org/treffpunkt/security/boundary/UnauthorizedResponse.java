package org.treffpunkt.security.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import org.treffpunkt.platform.ServletProblems;

/**
 * 401 with the challenges of the API and a problem+json body; 429 for a throttled password check.
 */
@ApplicationScoped
class UnauthorizedResponse {

  @Inject ServletProblems problems;

  AuthenticationStatus send(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    response.setHeader("WWW-Authenticate", org.treffpunkt.platform.ProblemResponses.CHALLENGE);
    problems.send(request, response, HttpServletResponse.SC_UNAUTHORIZED);
    complete(request, response);
    return AuthenticationStatus
        .SEND_CONTINUE; // the answer is written: the container must not send an error page
  }

  /** Too many wrong passwords: 429 with {@code Retry-After}; the password was not checked. */
  AuthenticationStatus throttled(
      HttpServletRequest request, HttpServletResponse response, long retryAfterSeconds) {
    response.setHeader("Retry-After", Long.toString(retryAfterSeconds));
    problems.send(request, response, 429, "problem.loginThrottled");
    complete(request, response);
    return AuthenticationStatus.SEND_CONTINUE;
  }

  /**
   * Ends the exchange (request body read, answer closed), so that the container neither adds an
   * error page of its own nor logs a stack trace for each wrong password because the answer has
   * already been sent.
   */
  private static void complete(HttpServletRequest request, HttpServletResponse response) {
    try {
      request.getInputStream().transferTo(OutputStream.nullOutputStream());
      response.getWriter().close();
    } catch (IOException | IllegalStateException clientGoneOrBodyRead) {
      // the answer is written; nothing more to do
    }
  }
}
