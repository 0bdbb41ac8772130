package org.treffpunkt.security.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.treffpunkt.platform.ServletProblems;

/** 401 with a Basic challenge and a problem+json body. */
@ApplicationScoped
class UnauthorizedResponse {

  @Inject ServletProblems problems;

  AuthenticationStatus send(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    response.setHeader("WWW-Authenticate", "Basic realm=\"Treffpunkt\", charset=\"UTF-8\"");
    problems.send(request, response, HttpServletResponse.SC_UNAUTHORIZED);
    return AuthenticationStatus.SEND_FAILURE;
  }
}
