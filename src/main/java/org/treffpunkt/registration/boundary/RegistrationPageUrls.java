package org.treffpunkt.registration.boundary;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code /r/{token}} is a resident's own registration page (short enough for a QR code). The token
 * is a secret: the page is never cached and sends no referrer.
 */
@WebFilter(urlPatterns = "/r/*")
public class RegistrationPageUrls extends HttpFilter {

  private static final Pattern TOKEN = Pattern.compile("/r/([A-Za-z0-9_-]{20,100})");

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    Matcher matcher =
        TOKEN.matcher(request.getRequestURI().substring(request.getContextPath().length()));
    if (!matcher.matches()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    response.setHeader("Referrer-Policy", "no-referrer");
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("X-Robots-Tag", "noindex");
    String query = request.getQueryString();
    request
        .getRequestDispatcher(
            "/registration.xhtml?token=" + matcher.group(1) + (query == null ? "" : "&" + query))
        .forward(request, response);
  }
}
