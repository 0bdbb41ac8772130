package org.treffpunkt.security.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
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
    return AuthenticationStatus
        .SEND_CONTINUE; // the answer is written: the container must not send an error page
  }

  /** Too many wrong passwords: 429 with {@code Retry-After}; the password was not checked. */
  AuthenticationStatus throttled(
      HttpServletRequest request, HttpServletResponse response, long retryAfterSeconds) {
    response.setHeader("Retry-After", Long.toString(retryAfterSeconds));
    problems.send(request, response, 429, "problem.loginThrottled");
    return AuthenticationStatus.SEND_CONTINUE;
  }
}
