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
 * Stable, readable addresses: {@code /meetings/42} (optionally {@code /meetings/42-sprachcafe}) is
 * meeting 42, {@code /meetings/42/register} its registration form, {@code /meetings/42/feedback}
 * its feedback form, and {@code /f/42} the short form of the latter, printed with a QR code on the
 * sign-in sheet.
 */
@WebFilter(urlPatterns = {"/meetings/*", "/f/*"})
public class MeetingPageUrls extends HttpFilter {

  private static final Pattern MEETING =
      Pattern.compile("/meetings/(\\d{1,18})(-[\\w-]*)?(/register|/feedback)?/?|/f/(\\d{1,18})");

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    Matcher matcher = MEETING.matcher(path);
    if (!matcher.matches()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    String query = request.getQueryString();
    String id = matcher.group(1) != null ? matcher.group(1) : matcher.group(4);
    String page =
        matcher.group(4) != null || "/feedback".equals(matcher.group(3))
            ? "/feedback.xhtml?meeting="
            : "/register".equals(matcher.group(3))
                ? "/register.xhtml?meeting="
                : "/meeting.xhtml?id=";
    request
        .getRequestDispatcher(page + id + (query == null ? "" : "&" + query))
        .forward(request, response);
  }
}
