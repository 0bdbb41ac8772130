package org.treffpunkt.calendar.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.treffpunkt.calendar.control.Feeds;
import org.treffpunkt.meeting.control.ReferenceData;
import org.treffpunkt.platform.DatabaseUnavailable;
import org.treffpunkt.platform.ServletProblems;
import org.treffpunkt.platform.i18n.CurrentLanguage;
import org.treffpunkt.platform.i18n.Language;
import org.treffpunkt.registration.control.RegistrationViews;

/**
 * The calendar feeds ({@code text/calendar}): {@code /calendar/meetings.ics} with optional {@code
 * district}, {@code format} and {@code language} filters, {@code /calendar/meetings/{id}.ics} and
 * {@code /calendar/registrations/{token}.ics} and private feeds {@code
 * /calendar/partners/{token}.ics}. Strong ETag and Last-Modified from the content; a matching
 * {@code If-None-Match} or a not-older {@code If-Modified-Since} gets 304. Compression by the
 * server (http.cli).
 */
@WebServlet("/calendar/*")
public class CalendarServlet extends HttpServlet {

  private static final Pattern MEETING = Pattern.compile("/meetings/(\\d{1,18})\\.ics");
  private static final Pattern PRIVATE = Pattern.compile("/partners/([A-Za-z0-9_-]{20,100})\\.ics");
  private static final Pattern REGISTRATION =
      Pattern.compile("/registrations/([A-Za-z0-9_-]{20,100})\\.ics");

  @Inject Feeds feeds;
  @Inject org.treffpunkt.calendar.control.FeedCache cache;
  @Inject ReferenceData referenceData;
  @Inject RegistrationViews registrations;
  @Inject ServletProblems problems;
  @Inject org.treffpunkt.calendar.control.FeedTokens feedTokens;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    try {
      serve(request, response);
    } catch (RuntimeException e) {
      if (!DatabaseUnavailable.causedBy(e) || response.isCommitted()) {
        throw e;
      }
      // calendar apps retry later instead of showing an error page
      response.reset();
      response.setHeader("Retry-After", String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS));
      problems.send(request, response, HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    }
  }

  private void serve(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String path = request.getPathInfo() == null ? "" : request.getPathInfo();
    Language language = CurrentLanguage.resolve(request);
    Matcher meeting = MEETING.matcher(path);
    Matcher registration = REGISTRATION.matcher(path);
    Matcher personal = PRIVATE.matcher(path);
    if ("/meetings.ics".equals(path)) {
      publicFeed(request, response, language);
    } else if (meeting.matches()) {
      long id = Long.parseLong(meeting.group(1));
      send(
          request,
          response,
          Optional.ofNullable(
              cache.get(
                  "meeting:" + id + ":" + language.code(),
                  () -> feeds.meetingFeed(id, language).orElse(null))),
          "public, max-age=300");
    } else if (registration.matches()) {
      Optional<Feeds.Feed> feed =
          registrations
              .meetingIdOf(registration.group(1))
              .flatMap(id -> feeds.single(id, language));
      response.setHeader("Referrer-Policy", "no-referrer");
      send(request, response, feed, "private, max-age=300");
    } else if (personal.matches()) {
      response.setHeader("Referrer-Policy", "no-referrer");
      send(
          request,
          response,
          feedTokens.active(personal.group(1)).map(t -> feeds.privateFeed(t, language)),
          "private, max-age=300");
    } else {
      problems.send(request, response, HttpServletResponse.SC_NOT_FOUND);
    }
  }

  private void publicFeed(
      HttpServletRequest request, HttpServletResponse response, Language language)
      throws IOException {
    String district = request.getParameter("district");
    String format = request.getParameter("format");
    String spoken = request.getParameter("language");
    Optional<Long> districtId =
        present(district) ? referenceData.districtId(district.strip()) : Optional.of(-1L);
    Optional<Long> formatId =
        present(format) ? referenceData.formatId(format.strip()) : Optional.of(-1L);
    Optional<String> languageCode =
        present(spoken)
            ? org.treffpunkt.platform.i18n.LanguageCodes.normalise(spoken)
            : Optional.of("");
    if (districtId.isEmpty() || formatId.isEmpty() || languageCode.isEmpty()) {
      // before any rendering: junk values must not fill the cache with keys of their own
      problems.send(request, response, HttpServletResponse.SC_BAD_REQUEST, "problem.unknownFilter");
      return;
    }
    Long d = districtId.get() < 0 ? null : districtId.get();
    Long f = formatId.get() < 0 ? null : formatId.get();
    String l = languageCode.get().isEmpty() ? null : languageCode.get();
    Feeds.Feed feed =
        cache.get(
            "public:" + d + ":" + f + ":" + l + ":" + language.code(),
            () -> feeds.publicFeed(d, f, l, language));
    send(request, response, Optional.of(feed), "public, max-age=300");
  }

  private void send(
      HttpServletRequest request,
      HttpServletResponse response,
      Optional<Feeds.Feed> feed,
      String cacheControl)
      throws IOException {
    if (feed.isEmpty()) {
      problems.send(request, response, HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    byte[] body = feed.get().bytes();
    String etag = feed.get().etag();
    long lastModified = feed.get().lastModified().toEpochMilli() / 1000 * 1000;
    response.setHeader("ETag", etag);
    response.setDateHeader("Last-Modified", lastModified);
    response.setHeader("Cache-Control", cacheControl);
    response.setHeader("Vary", "Accept-Language, Accept-Encoding");
    String ifNoneMatch = request.getHeader("If-None-Match");
    long ifModifiedSince = ifNoneMatch == null ? request.getDateHeader("If-Modified-Since") : -1;
    if (ifNoneMatch != null && (ifNoneMatch.equals(etag) || ifNoneMatch.strip().equals("*"))
        || ifModifiedSince >= lastModified) {
      response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
      return;
    }
    response.setContentType("text/calendar; charset=utf-8");
    response.setHeader("Content-Disposition", "inline; filename=\"treffpunkt.ics\"");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }

  private static boolean present(String value) {
    return value != null && !value.isBlank();
  }
}
