package org.treffpunkt.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.treffpunkt.platform.i18n.CurrentLanguage;
import org.treffpunkt.platform.i18n.Language;

/**
 * Remembers the language picked with the switch ({@code ?lang=xx} on any page) in a cookie, so that
 * every later page keeps it. A cookie rather than the session: it needs no session and works on
 * every node of a cluster.
 */
@WebFilter(urlPatterns = "/*")
public class LanguageFilter extends HttpFilter {

  @jakarta.inject.Inject Settings settings;

  private static final int ONE_YEAR = 365 * 24 * 3600;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    Language.of(request.getParameter(CurrentLanguage.PARAMETER))
        .ifPresent(
            language -> {
              Cookie cookie = new Cookie(CurrentLanguage.COOKIE, language.code());
              cookie.setPath("/");
              cookie.setMaxAge(ONE_YEAR);
              cookie.setHttpOnly(true);
              cookie.setSecure(settings.secure());
              cookie.setAttribute("SameSite", "Lax");
              response.addCookie(cookie);
            });
    chain.doFilter(request, response);
  }
}
