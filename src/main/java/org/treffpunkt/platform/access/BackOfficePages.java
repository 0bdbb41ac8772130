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
      Map.ofEntries(
          Map.entry("/manage/users.xhtml", Permission.MANAGE_USERS),
          Map.entry("/manage/audit.xhtml", Permission.READ_AUDIT),
          Map.entry("/manage/checkin.xhtml", Permission.RUN_THE_DAY),
          Map.entry("/manage/interpreters.xhtml", Permission.MEDIATE_LANGUAGES),
          Map.entry("/manage/language-needs.xhtml", Permission.MEDIATE_LANGUAGES),
          Map.entry("/manage/reports.xhtml", Permission.READ_REPORTS),
          Map.entry("/manage/registrations.xhtml", Permission.READ_REGISTRATIONS),
          Map.entry("/manage/partners.xhtml", Permission.READ_PARTNERS),
          Map.entry("/manage/feeds.xhtml", Permission.USE_PRIVATE_FEEDS),
          Map.entry("/manage/tokens.xhtml", Permission.USE_API_TOKENS),
          Map.entry("/manage/offers.xhtml", Permission.MANAGE_OFFERS),
          Map.entry("/manage/referral.xhtml", Permission.RECORD_REFERRALS));

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
