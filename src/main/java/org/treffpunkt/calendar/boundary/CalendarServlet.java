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
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.treffpunkt.calendar.control.FeedCache;
import org.treffpunkt.calendar.control.Feeds;
import org.treffpunkt.meeting.control.ReferenceData;
import org.treffpunkt.platform.DatabaseUnavailable;
import org.treffpunkt.platform.ServletProblems;
import org.treffpunkt.platform.Settings;
import org.treffpunkt.platform.i18n.CurrentLanguage;
import org.treffpunkt.platform.i18n.Language;
import org.treffpunkt.platform.i18n.LanguageCodes;
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
@WebServlet(urlPatterns = "/calendar/*", loadOnStartup = 1)
public class CalendarServlet extends HttpServlet {

  /** Where this servlet answers, relative to the application. */
  private static final String SERVED = "/calendar";

  private static final Pattern MEETING = Pattern.compile("/meetings/(\\d{1,18})\\.ics");
  private static final Pattern PRIVATE = Pattern.compile("/partners/([A-Za-z0-9_-]{20,100})\\.ics");
  private static final Pattern REGISTRATION =
      Pattern.compile("/registrations/([A-Za-z0-9_-]{20,100})\\.ics");

  @Inject Feeds feeds;
  @Inject FeedCache cache;
  @Inject org.treffpunkt.calendar.control.OfferFeed offerFeed;
  @Inject ReferenceData referenceData;
  @Inject RegistrationViews registrations;
  @Inject ServletProblems problems;
  @Inject Settings settings;
  @Inject org.treffpunkt.calendar.control.FeedTokens feedTokens;

  /**
   * Lets {@link KeptFeeds} answer with kept feeds before the servlet chain. What it asks per
   * request is read without CDI proxies (on an I/O thread each proxy call would build Weld's
   * interception stack anew): the readers are taken once here, the base URL's scheme too
   * (configuration).
   */
  @Override
  public void init() {
    Supplier<Optional<ReferenceData.FilterIds>> filterIds = referenceData.filterIdsReader();
    Function<String, Optional<FeedCache.Served>> keptFeed = cache.keptReader();
    boolean secure = settings.secure();
    getServletContext()
        .setAttribute(
            KeptFeeds.SOURCE,
            new KeptFeeds.Source() {
              @Override
              public Optional<FeedCache.Served> kept(
                  String path, UnaryOperator<String> parameter, Language language) {
                return CalendarServlet.kept(path, parameter, language, filterIds, keptFeed);
              }

              @Override
              public boolean secure() {
                return secure;
              }
            });
  }

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
          cache.get(meetingKey(id, language), () -> feeds.meetingFeed(id, language).orElse(null)),
          FeedAnswer.PUBLIC);
    } else if (registration.matches()) {
      Optional<Feeds.Feed> feed =
          registrations
              .meetingIdOf(registration.group(1))
              .flatMap(id -> feeds.single(id, language));
      response.setHeader("Referrer-Policy", "no-referrer");
      send(request, response, feed.map(FeedCache.Served::uncompressed), FeedAnswer.PRIVATE);
    } else if (personal.matches()) {
      response.setHeader("Referrer-Policy", "no-referrer");
      send(
          request,
          response,
          feedTokens
              .active(personal.group(1))
              .map(t -> FeedCache.Served.uncompressed(feeds.privateFeed(t, language))),
          FeedAnswer.PRIVATE);
    } else {
      problems.send(request, response, HttpServletResponse.SC_NOT_FOUND);
    }
  }

  private void publicFeed(
      HttpServletRequest request, HttpServletResponse response, Language language)
      throws IOException {
    Optional<PublicFeed> feed =
        PublicFeed.of(request::getParameter, referenceData.filterIds(), language);
    if (feed.isEmpty()) {
      // before any rendering: junk values must not fill the cache with keys of their own
      problems.send(request, response, HttpServletResponse.SC_BAD_REQUEST, "problem.unknownFilter");
      return;
    }
    PublicFeed f = feed.get();
    send(
        request,
        response,
        cache.get(f.key(), () -> feeds.publicFeed(f.district(), f.format(), f.spoken(), language)),
        FeedAnswer.PUBLIC);
  }

  /** The public feed's filters, resolved, and the key it is kept under. */
  private record PublicFeed(Long district, Long format, String spoken, String key) {

    /** Empty if a filter names no district, format or language. */
    static Optional<PublicFeed> of(
        UnaryOperator<String> parameter, ReferenceData.FilterIds ids, Language language) {
      String district = parameter.apply("district");
      String format = parameter.apply("format");
      String spoken = parameter.apply("language");
      Optional<Long> districtId =
          present(district) ? ids.districtId(district.strip()) : Optional.of(-1L);
      Optional<Long> formatId = present(format) ? ids.formatId(format.strip()) : Optional.of(-1L);
      Optional<String> languageCode =
          present(spoken) ? LanguageCodes.normalise(spoken) : Optional.of("");
      if (districtId.isEmpty() || formatId.isEmpty() || languageCode.isEmpty()) {
        return Optional.empty();
      }
      Long d = districtId.get() < 0 ? null : districtId.get();
      Long f = formatId.get() < 0 ? null : formatId.get();
      String l = languageCode.get().isEmpty() ? null : languageCode.get();
      return Optional.of(
          new PublicFeed(d, f, l, "public:" + d + ":" + f + ":" + l + ":" + language.code()));
    }
  }

  private static String meetingKey(long id, Language language) {
    return "meeting:" + id + ":" + language.code();
  }

  /**
   * The public feed or a meeting's feed at {@code path} if it is kept and current, found without
   * asking the database (see {@link FeedCache#keptReader}); for {@link KeptFeeds}, which answers
   * with it before the servlet chain. Empty: let the servlet answer.
   */
  static Optional<FeedCache.Served> kept(
      String path,
      UnaryOperator<String> parameter,
      Language language,
      Supplier<Optional<ReferenceData.FilterIds>> filterIds,
      Function<String, Optional<FeedCache.Served>> keptFeed) {
    if (!path.startsWith(SERVED)) {
      return Optional.empty();
    }
    String within = path.substring(SERVED.length());
    if ("/meetings.ics".equals(within)) {
      return filterIds
          .get()
          .flatMap(ids -> PublicFeed.of(parameter, ids, language))
          .flatMap(f -> keptFeed.apply(f.key()));
    }
    Matcher meeting = MEETING.matcher(within);
    return meeting.matches()
        ? keptFeed.apply(meetingKey(Long.parseLong(meeting.group(1)), language))
        : Optional.empty();
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
        FeedAnswer.PUBLIC);
  }

  /** Answers with the feed as {@link FeedAnswer} decides; 404 if there is none. */
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
    FeedAnswer answer =
        FeedAnswer.to(
            found.get(),
            request.getHeader("Accept-Encoding"),
            request.getHeader("If-None-Match"),
            () -> request.getDateHeader("If-Modified-Since"));
    answer.headers(cacheControl, response::setHeader);
    if (answer.notModified()) {
      response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
      return;
    }
    ByteBuffer body = answer.body();
    response.setContentLength(body.remaining());
    write(response.getOutputStream(), body);
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
