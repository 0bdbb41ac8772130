package org.treffpunkt.platform;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * API bodies are small JSON documents: anything declared larger than 64 KiB is refused with 413
 * before it is read. (Bodies without a length are capped by the server's max-post-size, see {@code
 * wildfly-config/http.cli}.)
 */
@WebFilter(urlPatterns = "/api/*")
public class RequestSizeLimit extends HttpFilter {

  public static final long MAX_BODY_BYTES = 64 * 1024;

  @Inject ServletProblems problems;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (request.getContentLengthLong() > MAX_BODY_BYTES) {
      response.setHeader("Connection", "close");
      problems.send(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
      return;
    }
    chain.doFilter(request, response);
  }
}
