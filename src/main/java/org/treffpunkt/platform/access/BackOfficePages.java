package org.treffpunkt.platform.access;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;

/**
 * Which permission opening a back-office page needs: a caller without it gets the 403 page instead
 * of a page full of refusals. The pages' actions are decided again by the use cases they call; this
 * only keeps pages and the API's answers alike. Pages not listed need {@link
 * Permission#USE_BACK_OFFICE}. (Anonymous visitors never get here: the container sends them to the
 * login form first, see web.xml.)
 */
@WebFilter("/manage/*")
public class BackOfficePages extends HttpFilter {

  static final Map<String, Permission> PAGES =
      Map.of(
          "/manage/users.xhtml", Permission.MANAGE_USERS,
          "/manage/audit.xhtml", Permission.READ_AUDIT,
          "/manage/checkin.xhtml", Permission.RUN_THE_DAY,
          "/manage/interpreters.xhtml", Permission.MEDIATE_LANGUAGES,
          "/manage/language-needs.xhtml", Permission.MEDIATE_LANGUAGES,
          "/manage/reports.xhtml", Permission.READ_REPORTS,
          "/manage/registrations.xhtml", Permission.READ_REGISTRATIONS,
          "/manage/partners.xhtml", Permission.READ_PARTNERS,
          "/manage/feeds.xhtml", Permission.USE_PRIVATE_FEEDS,
          "/manage/tokens.xhtml", Permission.USE_API_TOKENS);

  @Inject Authorization authorization;

  /** The permission a page needs, by its path within the application. */
  public static Permission needed(String path) {
    return PAGES.getOrDefault(path, Permission.USE_BACK_OFFICE);
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (!authorization.may(needed(path))) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    chain.doFilter(request, response);
  }
}
