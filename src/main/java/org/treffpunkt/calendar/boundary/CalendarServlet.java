package org.treffpunkt.calendar.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.nio.ByteBuffer;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.treffpunkt.calendar.control.FeedCache;
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
 * /calendar/partners/{token}.ics}, and the opening hours of help offers {@code
 * /calendar/offers.ics?district=}. Strong ETag and Last-Modified from the content; a matching
 * {@code If-None-Match} or a not-older {@code If-Modified-Since} gets 304. Public feeds come from
 * the {@link FeedCache} with their gzip form (own ETag); private ones are compressed by the server
 * (http.cli).
 */
@WebServlet("/calendar/*")
public class CalendarServlet extends HttpServlet {

  private static final Pattern MEETING = Pattern.compile("/meetings/(\\d{1,18})\\.ics");
  private static final Pattern PRIVATE = Pattern.compile("/partners/([A-Za-z0-9_-]{20,100})\\.ics");
  private static final Pattern REGISTRATION =
      Pattern.compile("/registrations/([A-Za-z0-9_-]{20,100})\\.ics");

  private static final String PUBLIC = "public, max-age=300";
  private static final String PRIVATE_CACHING = "private, max-age=300";

  @Inject Feeds feeds;
  @Inject FeedCache cache;
  @Inject org.treffpunkt.calendar.control.OfferFeed offerFeed;
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
    } else if ("/offers.ics".equals(path)) {
      offerFeed(request, response, language);
    } else if (meeting.matches()) {
      long id = Long.parseLong(meeting.group(1));
      send(
          request,
          response,
          cache.get(
              "meeting:" + id + ":" + language.code(),
              () -> feeds.meetingFeed(id, language).orElse(null)),
          PUBLIC);
    } else if (registration.matches()) {
      Optional<Feeds.Feed> feed =
          registrations
              .meetingIdOf(registration.group(1))
              .flatMap(id -> feeds.single(id, language));
      response.setHeader("Referrer-Policy", "no-referrer");
      send(request, response, feed.map(FeedCache.Served::uncompressed), PRIVATE_CACHING);
    } else if (personal.matches()) {
      response.setHeader("Referrer-Policy", "no-referrer");
      send(
          request,
          response,
          feedTokens
              .active(personal.group(1))
              .map(t -> FeedCache.Served.uncompressed(feeds.privateFeed(t, language))),
          PRIVATE_CACHING);
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
    send(
        request,
        response,
        cache.get(
            "public:" + d + ":" + f + ":" + l + ":" + language.code(),
            () -> feeds.publicFeed(d, f, l, language)),
        PUBLIC);
  }

  /** The opening hours of help offers, of one district ({@code ?district=}) or all; not kept. */
  private void offerFeed(
      HttpServletRequest request, HttpServletResponse response, Language language)
      throws IOException {
    String district = request.getParameter("district");
    Optional<Long> districtId =
        present(district) ? referenceData.districtId(district.strip()) : Optional.of(-1L);
    if (districtId.isEmpty()) {
      problems.send(request, response, HttpServletResponse.SC_BAD_REQUEST, "problem.unknownFilter");
      return;
    }
    Long d = districtId.get() < 0 ? null : districtId.get();
    send(
        request,
        response,
        Optional.of(FeedCache.Served.uncompressed(offerFeed.of(d, language))),
        PUBLIC);
  }

  /**
   * Answers with the feed: 304 first if the client's copy is current (nothing else is done then),
   * else the stored gzip form when the client takes gzip and there is one (Content-Encoding is set
   * here, so the server's gzip filter leaves it alone), else the identity bytes (which the filter
   * compresses for feeds kept without a gzip form).
   */
  private void send(
      HttpServletRequest request,
      HttpServletResponse response,
      Optional<FeedCache.Served> found,
      String cacheControl)
      throws IOException {
    if (found.isEmpty()) {
      problems.send(request, response, HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    FeedCache.Served feed = found.get();
    boolean gzip = feed.hasGzip() && acceptsGzip(request.getHeader("Accept-Encoding"));
    String etag = gzip ? feed.gzipEtag() : feed.etag();
    response.setHeader("ETag", etag);
    response.setHeader("Cache-Control", cacheControl);
    response.setHeader("Vary", "Accept-Language, Accept-Encoding");
    response.setHeader("Last-Modified", feed.lastModified());
    String ifNoneMatch = request.getHeader("If-None-Match");
    if (ifNoneMatch != null
        ? matches(ifNoneMatch, etag)
        : request.getDateHeader("If-Modified-Since") >= feed.lastModifiedMillis()) {
      response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
      return;
    }
    response.setContentType("text/calendar; charset=utf-8");
    response.setHeader("Content-Disposition", "inline; filename=\"treffpunkt.ics\"");
    if (gzip) {
      response.setHeader("Content-Encoding", "gzip");
    }
    ByteBuffer body = feed.body(gzip);
    response.setContentLength(body.remaining());
    write(response.getOutputStream(), body);
  }

  /** If-None-Match: {@code *} or a list of entity tags, compared weakly (RFC 9110 13.1.2). */
  static boolean matches(String ifNoneMatch, String etag) {
    if (ifNoneMatch.equals(etag)) {
      return true;
    }
    for (String tag : ifNoneMatch.split(",")) {
      String t = tag.strip();
      if (t.equals("*") || (t.startsWith("W/") ? t.substring(2) : t).equals(etag)) {
        return true;
      }
    }
    return false;
  }

  /** Whether Accept-Encoding takes gzip (named, or {@code *}, and not with {@code q=0}). */
  static boolean acceptsGzip(String acceptEncoding) {
    if (acceptEncoding == null) {
      return false;
    }
    for (String coding : acceptEncoding.split(",")) {
      int semicolon = coding.indexOf(';');
      String name = (semicolon < 0 ? coding : coding.substring(0, semicolon)).strip();
      if (name.equalsIgnoreCase("gzip") || name.equalsIgnoreCase("x-gzip") || name.equals("*")) {
        return semicolon < 0
            || !coding.substring(semicolon + 1).strip().matches("(?i)q\\s*=\\s*0(\\.0*)?");
      }
    }
    return false;
  }

  /**
   * Writes the body as it is stored: Undertow's stream takes the buffer itself (a direct buffer
   * goes to the socket without a copy on the heap); any other stream gets its bytes.
   */
  private static void write(ServletOutputStream out, ByteBuffer body) throws IOException {
    if (WRITE_BUFFER != null && out.getClass() == UNDERTOW_STREAM) {
      try {
        WRITE_BUFFER.invokeExact(out, body);
      } catch (IOException | RuntimeException | Error e) {
        throw e;
      } catch (Throwable e) {
        throw new IOException(e);
      }
    } else {
      byte[] bytes = new byte[body.remaining()];
      body.get(bytes);
      out.write(bytes);
    }
  }

  private static final Class<?> UNDERTOW_STREAM =
      classOrNull("io.undertow.servlet.spec.ServletOutputStreamImpl");

  /** Undertow's {@code write(ByteBuffer)} (Servlet 6.1 has it, 6.0 not), if that class is here. */
  private static final MethodHandle WRITE_BUFFER = writeBuffer();

  private static Class<?> classOrNull(String name) {
    try {
      return Class.forName(name, false, CalendarServlet.class.getClassLoader());
    } catch (ClassNotFoundException | LinkageError e) {
      return null;
    }
  }

  private static MethodHandle writeBuffer() {
    if (UNDERTOW_STREAM == null) {
      return null;
    }
    try {
      return MethodHandles.publicLookup()
          .findVirtual(
              UNDERTOW_STREAM, "write", MethodType.methodType(void.class, ByteBuffer.class))
          .asType(MethodType.methodType(void.class, ServletOutputStream.class, ByteBuffer.class));
    } catch (ReflectiveOperationException e) {
      return null;
    }
  }

  private static boolean present(String value) {
    return value != null && !value.isBlank();
  }
}
