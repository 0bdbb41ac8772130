package org.treffpunkt.meeting.boundary;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.treffpunkt.meeting.control.MeetingCatalogue;

/**
 * The start page from memory: the same page with a fresh nonce each time, rendered again when the
 * catalogue changes, when its first meeting begins, or after {@link KeptPages#MAX_AGE}; never kept
 * when it set a cookie, and never answered from memory for a session, a login or {@code ?lang=}.
 */
class KeptPagesTest {

  private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");
  private static final Pattern BODY_NONCE = Pattern.compile("nonce=\"([^\"]+)\"");
  private static final Pattern HEADER_NONCE = Pattern.compile("'nonce-([^']+)'");

  private long version = 7;
  private long row = 3;
  private Instant now = NOW;
  private Instant firstMeeting = NOW.plus(Duration.ofHours(3));
  private int renders;
  private boolean setsCookie;
  private boolean saysUntil = true;
  private String forwardedFrom;

  private final KeptPages filter = new KeptPages();

  KeptPagesTest() {
    filter.meetings =
        new MeetingCatalogue() {
          @Override
          public OptionalLong versionInMemory() {
            return version < 0 ? OptionalLong.empty() : OptionalLong.of(version);
          }

          @Override
          public Optional<String> rowStamp(long id) {
            return id == 42
                ? Optional.of("7/" + row + "/0")
                : Optional.empty(); // version/places/waiting
          }
        };
    filter.clock =
        new Clock() {
          @Override
          public Instant instant() {
            return now;
          }

          @Override
          public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
          }

          @Override
          public Clock withZone(java.time.ZoneId zone) {
            return this;
          }
        };
  }

  /** What Faces does for the start page: a nonce of its own in the header and the scripts. */
  private final FilterChain render =
      (request, response) -> {
        renders++;
        String nonce = "rendered" + renders + "nonce==";
        HttpServletResponse http = (HttpServletResponse) response;
        http.setHeader(
            "Content-Security-Policy",
            "default-src 'self'; script-src 'self' 'nonce-" + nonce + "'");
        http.setContentType("text/html;charset=UTF-8");
        if (setsCookie) {
          http.addCookie(new Cookie("treffpunkt-lang", "ar"));
        }
        if (saysUntil) {
          KeptPages.keepUntil((HttpServletRequest) request, firstMeeting);
        }
        http.getWriter()
            .write(
                "<html><script nonce=\""
                    + nonce
                    + "\">a()</script><p>Sprachcafé – مقهى</p><script nonce=\""
                    + nonce
                    + "\">b()</script></html>");
      };

  @Test
  void aKeptPageIsSentWithANewNonceInHeaderAndPageAlike() throws Exception {
    Answer first = get("/", null);
    Answer second = get("/", null);
    Answer third = get("/", null);

    assertEquals(1, renders, "rendered once, then from memory");
    assertEquals(first.normalised(), second.normalised());
    assertEquals(first.normalised(), third.normalised());
    assertEquals(first.headers().get("Content-Type"), second.headers().get("Content-Type"));
    for (Answer answer : List.of(second, third)) {
      List<String> inBody = answer.bodyNonces();
      assertEquals(2, inBody.size());
      assertEquals(inBody.get(0), inBody.get(1));
      assertEquals(answer.headerNonce(), inBody.get(0), "the header allows the page's scripts");
      assertEquals(answer.body().getBytes(StandardCharsets.UTF_8).length, answer.contentLength());
    }
    assertNotEquals(second.headerNonce(), third.headerNonce());
    assertNotEquals(first.headerNonce(), second.headerNonce());
  }

  @Test
  void anotherAddressOrLanguageIsAnotherPage() throws Exception {
    get("/", null);
    get("/", "district=altstadt");
    get("/", "district=altstadt");
    assertEquals(2, renders);

    get("/", null, Map.of("Accept-Language", "ar"));
    get("/", null, Map.of("Cookie", "treffpunkt-lang=ar"));
    assertEquals(3, renders, "Arabic by header or by cookie is the same page");
  }

  @Test
  void aNewCatalogueVersionTheFirstMeetingsStartOrTheMaximumAgeRenderAgain() throws Exception {
    get("/", null);
    version = 8; // a change here, or another server's read back within a second
    get("/", null);
    assertEquals(2, renders);

    now = firstMeeting; // it begins and leaves the list
    get("/", null);
    assertEquals(3, renders);

    firstMeeting = Instant.MAX;
    now = now.plusSeconds(1);
    get("/", null);
    get("/", null);
    assertEquals(4, renders);
    now = now.plus(KeptPages.MAX_AGE);
    get("/", null);
    assertEquals(5, renders);
  }

  @Test
  void aMeetingsPageIsKeptPerRowVersionOfTheMeeting() throws Exception {
    get("/meetings/42", null);
    get("/meetings/42", null);
    assertEquals(1, renders);

    row = 4; // someone registered (here or on another server): the free places changed
    get("/meetings/42", null);
    get("/meetings/42", null);
    assertEquals(2, renders);

    get("/meetings/43", null); // no such meeting: rendered (404) every time
    get("/meetings/43", null);
    get("/meetings/42/register", null); // a form: never kept
    get("/meetings/42/register", null);
    assertEquals(6, renders);
  }

  @Test
  void aForwardedMeetingAddressIsKeptUnderTheAddressAskedFor() throws Exception {
    forwardedFrom = "/meetings/42"; // MeetingPageUrls ran first and forwarded to /meeting.xhtml
    get("/meetings/42", null);
    get("/meetings/42", null);
    assertEquals(1, renders);
    forwardedFrom = null;
    get("/meetings/42", null); // the same page when this filter runs first
    assertEquals(1, renders);
  }

  @Test
  void withoutAKnownVersionEveryRequestRenders() throws Exception {
    version = -1; // not read for a second: the database may hold a newer one
    get("/", null);
    get("/", null);
    assertEquals(2, renders);
  }

  @Test
  void sessionsLoginsLanguageChoicesAndOtherPagesAlwaysRender() throws Exception {
    get("/", null);
    assertEquals(1, renders);

    get("/", null, Map.of("Cookie", "JSESSIONID=abc"));
    get("/", null, Map.of("Authorization", "Basic YTpi"));
    get("/", "lang=ar");
    get("/offers.xhtml", null);
    assertEquals(5, renders);
  }

  @Test
  void aPageThatSetACookieOrDidNotSayHowLongItHoldsIsNotKept() throws Exception {
    setsCookie = true;
    get("/", null);
    get("/", null);
    assertEquals(2, renders);

    setsCookie = false;
    saysUntil = false;
    get("/index.xhtml", null);
    get("/index.xhtml", null);
    assertEquals(4, renders);
  }

  @Test
  void bodiesAreCutOnlyWhereTheNonceStands() {
    KeptPages.Page page =
        new KeptPages.Page(
            Map.of(), "text/html", List.of(bytes("a"), bytes(""), bytes("bc")), Instant.MAX);
    assertArrayEquals(bytes("aXYXYbc"), page.body("XY"));
    assertEquals(2, KeptPages.indexOf(bytes("abcbc"), bytes("cb"), 0));
    assertEquals(-1, KeptPages.indexOf(bytes("abc"), bytes("cd"), 0));
    assertTrue(KeptPages.newNonce().length() >= 22);
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private Answer get(String path, String query) throws Exception {
    return get(path, query, Map.of());
  }

  private Answer get(String path, String query, Map<String, String> headers) throws Exception {
    Map<String, Object> attributes = new HashMap<>();
    Map<String, String> parameters = new HashMap<>();
    if (query != null) {
      for (String pair : query.split("&")) {
        String[] nameValue = pair.split("=", 2);
        parameters.put(nameValue[0], nameValue[1]);
      }
    }
    HttpServletRequest request =
        proxy(
            HttpServletRequest.class,
            (method, args) ->
                switch (method) {
                  case "getMethod" -> "GET";
                  case "getRequestURI" -> forwardedFrom == null ? path : "/meeting.xhtml";
                  case "getContextPath" -> "";
                  case "getQueryString" -> query;
                  case "getHeader" -> headers.get((String) args[0]);
                  case "getParameter" -> parameters.get((String) args[0]);
                  case "getRequestedSessionId" -> {
                    String cookie = headers.getOrDefault("Cookie", "");
                    yield cookie.startsWith("JSESSIONID=") ? cookie.substring(11) : null;
                  }
                  case "getCookies" -> {
                    String cookie = headers.get("Cookie");
                    yield cookie == null
                        ? null
                        : new Cookie[] {new Cookie(cookie.split("=")[0], cookie.split("=")[1])};
                  }
                  case "getAttribute" ->
                      jakarta.servlet.RequestDispatcher.FORWARD_REQUEST_URI.equals(args[0])
                          ? forwardedFrom
                          : attributes.get((String) args[0]);
                  case "setAttribute" -> attributes.put((String) args[0], args[1]);
                  case "getSession" -> null;
                  default -> throw new UnsupportedOperationException(method);
                });
    Map<String, List<String>> sent = new LinkedHashMap<>();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    ServletOutputStream stream =
        new ServletOutputStream() {
          @Override
          public void write(int b) {
            body.write(b);
          }

          @Override
          public boolean isReady() {
            return true;
          }

          @Override
          public void setWriteListener(WriteListener listener) {}
        };
    java.io.PrintWriter writer =
        new java.io.PrintWriter(new java.io.OutputStreamWriter(stream, StandardCharsets.UTF_8));
    HttpServletResponse response =
        proxy(
            HttpServletResponse.class,
            (method, args) ->
                switch (method) {
                  case "setHeader" ->
                      sent.put((String) args[0], new ArrayList<>(List.of((String) args[1])));
                  case "addHeader" ->
                      sent.computeIfAbsent((String) args[0], n -> new ArrayList<>())
                          .add((String) args[1]);
                  case "addCookie" ->
                      sent.computeIfAbsent("Set-Cookie", n -> new ArrayList<>())
                          .add(((Cookie) args[0]).getName());
                  case "getHeader" -> {
                    List<String> values = sent.get((String) args[0]);
                    yield values == null ? null : values.get(0);
                  }
                  case "getHeaders" -> sent.getOrDefault((String) args[0], List.of());
                  case "getHeaderNames" -> List.copyOf(sent.keySet());
                  case "setContentType" ->
                      sent.put("Content-Type", new ArrayList<>(List.of((String) args[0])));
                  case "getContentType" -> sent.get("Content-Type").get(0);
                  case "getCharacterEncoding" -> "UTF-8";
                  case "setContentLength" ->
                      sent.put("Content-Length", new ArrayList<>(List.of(String.valueOf(args[0]))));
                  case "getOutputStream" -> stream;
                  case "getWriter" -> writer;
                  case "getStatus" -> 200;
                  case "isCommitted" -> false;
                  default -> throw new UnsupportedOperationException(method);
                });
    filter.doFilter(request, response, render);
    writer.flush();
    return new Answer(sent, body.toString(StandardCharsets.UTF_8));
  }

  private record Answer(Map<String, List<String>> headers, String body) {

    String headerNonce() {
      Matcher matcher = HEADER_NONCE.matcher(headers.get("Content-Security-Policy").get(0));
      assertTrue(matcher.find());
      return matcher.group(1);
    }

    List<String> bodyNonces() {
      return BODY_NONCE.matcher(body).results().map(m -> m.group(1)).toList();
    }

    /** The page without its nonce. */
    String normalised() {
      return body.replace(headerNonce(), "NONCE");
    }

    int contentLength() {
      return Integer.parseInt(headers.get("Content-Length").get(0));
    }
  }

  private interface Handler {
    Object answer(String method, Object[] args) throws Exception;
  }

  private static <T> T proxy(Class<T> type, Handler handler) {
    return type.cast(
        Proxy.newProxyInstance(
            type.getClassLoader(),
            new Class<?>[] {type},
            (self, method, args) -> handler.answer(method.getName(), args)));
  }
}
