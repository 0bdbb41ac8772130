package org.treffpunkt.meeting.boundary;

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
 * Stable, readable addresses: {@code /meetings/42} (optionally {@code /meetings/42-sprachcafe}) is meeting 42, and
 * {@code /meetings/42/register} its registration form.
 */
@WebFilter(urlPatterns = "/meetings/*")
public class MeetingPageUrls extends HttpFilter {

  private static final Pattern MEETING = Pattern.compile("/meetings/(\\d{1,18})(-[\\w-]*)?(/register)?/?");

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    Matcher matcher = MEETING.matcher(path);
    if (!matcher.matches()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    String query = request.getQueryString();
    String page = matcher.group(3) != null ? "/register.xhtml?meeting=" : "/meeting.xhtml?id=";
    request.getRequestDispatcher(page + matcher.group(1) + (query == null ? "" : "&" + query))
        .forward(request, response);
  }
}
