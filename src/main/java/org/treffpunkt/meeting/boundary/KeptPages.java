package org.treffpunkt.meeting.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.treffpunkt.meeting.control.MeetingCatalogue;
import org.treffpunkt.platform.KeptUntilChanged;
import org.treffpunkt.platform.i18n.AskedAddress;
import org.treffpunkt.platform.i18n.CurrentLanguage;

/**
 * Public pages that depend only on their address, their language and the catalogue, answered from
 * memory: a page that says how long its content holds ({@link #keepUntil}; the start page until its
 * first listed meeting begins, a meeting's page until its registration opens or closes or the
 * meeting begins or ends) is kept per address and language — a meeting's page also per row stamp of
 * the meeting (its version and its counters of places), read from the database for every request,
 * as its free places change with every registration — for the catalogue version it was rendered
 * under ({@link MeetingCatalogue#versionInMemory()}, so a change on another server sharing the
 * database shows within {@link org.treffpunkt.meeting.control.CatalogueVersion#REREAD}), for {@link
 * #MAX_AGE} at most. A kept page is sent with a new script nonce each time, in the
 * Content-Security-Policy header and in the page alike, so no two answers share one.
 *
 * <p>Only anonymous, cookie-less-as-far-as-it-matters requests are answered from memory: a {@code
 * GET} without a session, without {@code Authorization}, without {@code ?lang=} (whose choice the
 * language filter remembers in a cookie). A render that set a cookie or made a session is never
 * kept. What a page shows beyond the catalogue and the meeting's row (partner names, offers nearby,
 * the start page's spoken languages) may be {@link #MAX_AGE} old. Concurrent misses each render (no
 * single flight: a page that cannot be kept must not make the others wait). The key holds no host
 * name: a kept page may only hold absolute addresses made from the configured base URL ({@code
 * PublicLinks}), never from the request's {@code Host}.
 */
@WebFilter(
    urlPatterns = "/*",
    dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD})
public class KeptPages extends HttpFilter {

  /** The longest a page is kept, whatever it says: the bound for anything a page forgets to say. */
  static final Duration MAX_AGE = Duration.ofSeconds(60);

  /** A meeting's public page ({@link MeetingPageUrls}), not its forms. */
  private static final Pattern MEETING_PAGE = Pattern.compile("/meetings/(\\d{1,18})(-[\\w-]*)?/?");

  private static final String UNTIL = KeptPages.class.getName() + ".until";
  private static final String HANDLED = KeptPages.class.getName() + ".handled";
  private static final Pattern NONCE = Pattern.compile("'nonce-([A-Za-z0-9+/=_-]+)'");
  private static final String CSP = "Content-Security-Policy";
  private static final SecureRandom RANDOM = new SecureRandom();

  /**
   * Headers of one answer or connection, never replayed: the body's length and encoding are those
   * of the answer being sent, the rest the container's.
   */
  private static final Set<String> NOT_KEPT =
      Set.of(
          "content-length",
          "content-encoding",
          "transfer-encoding",
          "connection",
          "keep-alive",
          "date");

  /** A rendered page: its headers and its body cut where the script nonce stood. */
  record Page(
      Map<String, List<String>> headers, String contentType, List<byte[]> around, Instant until) {

    /** The body with {@code nonce} where the rendered page had its own. */
    byte[] body(String nonce) {
      byte[] between = nonce.getBytes(StandardCharsets.US_ASCII);
      int length = between.length * (around.size() - 1);
      for (byte[] part : around) {
        length += part.length;
      }
      byte[] body = new byte[length];
      int at = 0;
      for (int i = 0; i < around.size(); i++) {
        if (i > 0) {
          System.arraycopy(between, 0, body, at, between.length);
          at += between.length;
        }
        byte[] part = around.get(i);
        System.arraycopy(part, 0, body, at, part.length);
        at += part.length;
      }
      return body;
    }
  }

  @Inject MeetingCatalogue meetings;
  @Inject Clock clock;

  private final KeptUntilChanged<Page> pages = new KeptUntilChanged<>(200);

  /**
   * Called by a page while it renders: its content holds until {@code until} (as long as the
   * catalogue stays the same), so it may be kept until then.
   */
  public static void keepUntil(HttpServletRequest request, Instant until) {
    request.setAttribute(UNTIL, until);
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    // a meeting's address is forwarded to its page (MeetingPageUrls), before or after this filter
    // ran for the request: it is handled once, under the address the visitor asked for
    if (request.getAttribute(HANDLED) != null || !keepable(request)) {
      chain.doFilter(request, response);
      return;
    }
    request.setAttribute(HANDLED, Boolean.TRUE);
    OptionalLong version = meetings.versionInMemory();
    Optional<String> keyed = version.isPresent() ? key(request) : Optional.empty();
    if (keyed.isEmpty()) {
      chain.doFilter(request, response);
      return;
    }
    Long stamp = version.getAsLong();
    String key = keyed.get();
    Instant now = clock.instant();
    Optional<Page> kept = pages.peek(stamp, key).filter(page -> now.isBefore(page.until()));
    if (kept.isPresent()) {
      send(kept.get(), response);
      return;
    }
    Capture capture = new Capture(response);
    chain.doFilter(request, capture);
    byte[] body = capture.body();
    // what the page set, read before the body is sent (then the container adds its own headers)
    Optional<Page> rendered = keep(request, capture, body, now);
    if (!response.isCommitted()) {
      response.setContentLength(body.length);
      response.getOutputStream().write(body);
    }
    rendered.ifPresent(
        page ->
            pages.get(
                stamp, key, () -> page, fresh -> fresh == page || now.isBefore(fresh.until())));
  }

  /** A page only the address, the language and the catalogue decide. */
  static boolean keepable(HttpServletRequest request) {
    String path = path(request);
    return "GET".equals(request.getMethod())
        && (path.equals("/") || path.equals("/index.xhtml") || MEETING_PAGE.matcher(path).matches())
        && request.getRequestedSessionId() == null
        && request.getHeader("Authorization") == null
        && request.getParameter(CurrentLanguage.PARAMETER) == null;
  }

  private static String path(HttpServletRequest request) {
    return AskedAddress.uri(request).substring(request.getContextPath().length());
  }

  /**
   * The page's key: language and address, and for a meeting's page the meeting's row stamp (its
   * places change with every registration); empty for a meeting that does not exist.
   */
  private Optional<String> key(HttpServletRequest request) {
    String query = AskedAddress.query(request);
    String key =
        CurrentLanguage.resolve(request).code()
            + " "
            + AskedAddress.uri(request)
            + (query == null ? "" : "?" + query);
    Matcher meetingPage = MEETING_PAGE.matcher(path(request));
    if (!meetingPage.matches()) {
      return Optional.of(key);
    }
    return meetings.rowStamp(Long.parseLong(meetingPage.group(1))).map(row -> key + " #" + row);
  }

  /** The rendered page, if it can be kept: a plain 200 that set no cookie and made no session. */
  private Optional<Page> keep(
      HttpServletRequest request, Capture response, byte[] body, Instant now) {
    if (!(request.getAttribute(UNTIL) instanceof Instant until)
        || response.sent()
        || response.getStatus() != HttpServletResponse.SC_OK
        || request.getSession(false) != null
        || response.cookies
        || !response.getHeaders("Set-Cookie").isEmpty()) {
      return Optional.empty();
    }
    Map<String, List<String>> headers = new LinkedHashMap<>();
    for (String name : response.getHeaderNames()) {
      if (!NOT_KEPT.contains(name.toLowerCase(Locale.ROOT)) && !name.startsWith(":")) {
        headers.put(name, List.copyOf(response.getHeaders(name)));
      }
    }
    String csp = response.getHeader(CSP);
    Matcher nonce = csp == null ? null : NONCE.matcher(csp);
    List<byte[]> around = new ArrayList<>();
    if (nonce != null && nonce.find()) {
      byte[] needle = nonce.group(1).getBytes(StandardCharsets.US_ASCII);
      int from = 0;
      for (int at = indexOf(body, needle, 0); at >= 0; at = indexOf(body, needle, from)) {
        around.add(Arrays.copyOfRange(body, from, at));
        from = at + needle.length;
      }
      around.add(Arrays.copyOfRange(body, from, body.length));
    } else {
      around.add(body);
    }
    Instant latest = now.plus(MAX_AGE);
    return Optional.of(
        new Page(
            headers, response.getContentType(), around, until.isBefore(latest) ? until : latest));
  }

  private static void send(Page page, HttpServletResponse response) throws IOException {
    String nonce = newNonce();
    page.headers()
        .forEach(
            (name, values) -> {
              boolean first = true;
              for (String value : values) {
                String sent =
                    name.equalsIgnoreCase(CSP)
                        ? NONCE.matcher(value).replaceAll("'nonce-" + nonce + "'")
                        : value;
                if (first) {
                  response.setHeader(name, sent);
                } else {
                  response.addHeader(name, sent);
                }
                first = false;
              }
            });
    response.setContentType(page.contentType());
    byte[] body = page.body(nonce);
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }

  /** A script nonce: 128 random bits, Base64. */
  static String newNonce() {
    byte[] bytes = new byte[16];
    RANDOM.nextBytes(bytes);
    return Base64.getEncoder().encodeToString(bytes);
  }

  static int indexOf(byte[] haystack, byte[] needle, int from) {
    outer:
    for (int i = from; i <= haystack.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  /** Holds the body back; headers and status go to the response as they are set. */
  private static final class Capture extends HttpServletResponseWrapper {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(32 * 1024);
    private boolean cookies;
    private ServletOutputStream stream;
    private PrintWriter writer;

    Capture(HttpServletResponse response) {
      super(response);
    }

    byte[] body() {
      if (writer != null) {
        writer.flush();
      }
      return bytes.toByteArray();
    }

    @Override
    public ServletOutputStream getOutputStream() {
      if (stream == null) {
        stream =
            new ServletOutputStream() {
              @Override
              public void write(int b) {
                bytes.write(b);
              }

              @Override
              public void write(byte[] b, int off, int len) {
                bytes.write(b, off, len);
              }

              @Override
              public boolean isReady() {
                return true;
              }

              @Override
              public void setWriteListener(WriteListener listener) {
                throw new UnsupportedOperationException();
              }
            };
      }
      return stream;
    }

    @Override
    public PrintWriter getWriter() {
      if (writer == null) {
        String charset = getCharacterEncoding();
        writer =
            new PrintWriter(
                new OutputStreamWriter(
                    getOutputStream(),
                    charset == null
                        ? StandardCharsets.UTF_8
                        : java.nio.charset.Charset.forName(charset)));
      }
      return writer;
    }

    @Override
    public void addCookie(Cookie cookie) {
      cookies = true;
      super.addCookie(cookie);
    }

    @Override
    public void flushBuffer() {}

    @Override
    public void resetBuffer() {
      bytes.reset();
    }

    @Override
    public void reset() {
      super.reset();
      bytes.reset();
    }

    @Override
    public void setContentLength(int len) {}

    @Override
    public void setContentLengthLong(long len) {}

    @Override
    public boolean isCommitted() {
      return false;
    }

    /** Whether the answer went out past the capture (an error or a redirect sent meanwhile). */
    boolean sent() {
      return getResponse().isCommitted();
    }
  }
}
