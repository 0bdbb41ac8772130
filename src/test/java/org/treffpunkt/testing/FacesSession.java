package org.treffpunkt.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without JavaScript: keeps cookies, logs in with the form, opens pages and submits their
 * forms (all their fields as rendered, the view state, and the button pressed), the way a forged or
 * scripted request would. For tests of what a page lets someone do, where a real browser would only
 * add waiting.
 */
public final class FacesSession {

  /** An answer: status, where a redirect points, and the page. */
  public record Page(int status, String location, String body, java.net.http.HttpHeaders headers) {

    public java.util.Optional<String> header(String name) {
      return headers.firstValue(name);
    }

    public boolean redirectedToLogin() {
      return status == 302 && location != null && location.contains("/login.xhtml");
    }
  }

  private static final Pattern ATTRIBUTE = Pattern.compile("([\\w:.-]+)=\"([^\"]*)\"");

  private final HttpClient client =
      HttpClient.newBuilder()
          .cookieHandler(new CookieManager())
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(10))
          .build();
  private final String clientAddress = Fixtures.randomClient();

  private FacesSession() {}

  public static FacesSession anonymous() {
    return new FacesSession();
  }

  /** Logs in with the login form; fails the test if that does not lead into the back office. */
  public static FacesSession loggedIn(String username, String password) {
    FacesSession session = new FacesSession();
    Page login = session.get("/login.xhtml?lang=de");
    Page answer =
        session.submit(
            login,
            "login",
            "login:submit",
            Map.of("login:username", username, "login:password", password));
    if (answer.status() != 302
        || answer.location() == null
        || !answer.location().contains("/manage/")) {
      throw new IllegalStateException(
          "login of " + username + " failed: " + answer.status() + " " + answer.location());
    }
    return session;
  }

  public Page get(String path, String... headers) {
    return send(HttpRequest.newBuilder(URI.create(Api.BASE + path)).GET(), headers);
  }

  /** Any request with this session's cookies, e.g. one a foreign site makes the browser send. */
  public Page send(String method, String path, String contentType, String body, String... headers) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(Api.BASE + path))
            .method(method, HttpRequest.BodyPublishers.ofString(body == null ? "" : body));
    if (contentType != null) {
      builder.header("Content-Type", contentType);
    }
    return send(builder, headers);
  }

  /**
   * Submits form {@code formId} of {@code page} as rendered, with {@code fields} changed, by
   * pressing {@code buttonId}; from the application's own origin, as a browser on its pages would.
   */
  public Page submit(Page page, String formId, String buttonId, Map<String, String> fields) {
    Map<String, String> values = fieldsOf(page.body(), formId);
    values.putAll(fields);
    values.put(buttonId, buttonId);
    String body =
        values.entrySet().stream()
            .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
            .collect(Collectors.joining("&"));
    String action = formAction(page.body(), formId);
    return send(
        HttpRequest.newBuilder(URI.create(Api.BASE + action))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Origin", Api.BASE)
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  /** Whether the page has an element with this id (a button offered, a form shown). */
  public static boolean has(Page page, String id) {
    return page.body().contains("id=\"" + id + "\"");
  }

  private Page send(HttpRequest.Builder builder, String... headers) {
    builder.header("X-Forwarded-For", clientAddress).timeout(Duration.ofSeconds(60));
    for (int i = 0; i + 1 < headers.length; i += 2) {
      builder.header(headers[i], headers[i + 1]);
    }
    try {
      HttpResponse<String> response =
          client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
      return new Page(
          response.statusCode(),
          response.headers().firstValue("Location").orElse(null),
          response.body(),
          response.headers());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String form(String html, String formId) {
    Matcher start =
        Pattern.compile("<form[^>]*\\sid=\"" + Pattern.quote(formId) + "\"[^>]*>").matcher(html);
    if (!start.find()) {
      throw new IllegalStateException("no form " + formId + " on the page");
    }
    int end = html.indexOf("</form>", start.end());
    return html.substring(start.start(), end < 0 ? html.length() : end);
  }

  private static String formAction(String html, String formId) {
    Matcher start =
        Pattern.compile("<form[^>]*\\sid=\"" + Pattern.quote(formId) + "\"[^>]*>").matcher(html);
    start.find();
    String action = attributes(start.group()).getOrDefault("action", "");
    return action.replace("&amp;", "&");
  }

  /**
   * The values the form would send as rendered: inputs (checked boxes only), selected options, text
   * areas.
   */
  public static Map<String, String> fieldsOf(String html, String formId) {
    String form = form(html, formId);
    Map<String, String> values = new LinkedHashMap<>();
    Matcher inputs = Pattern.compile("<input[^>]*>").matcher(form);
    while (inputs.find()) {
      Map<String, String> a = attributes(inputs.group());
      String type = a.getOrDefault("type", "text");
      if (a.containsKey("name")
          && !type.equals("submit")
          && !type.equals("button")
          && (!(type.equals("checkbox") || type.equals("radio")) || a.containsKey("checked"))) {
        values.put(
            a.get("name"), unescape(a.getOrDefault("value", type.equals("checkbox") ? "on" : "")));
      }
    }
    Matcher selects = Pattern.compile("<select[^>]*>(.*?)</select>", Pattern.DOTALL).matcher(form);
    while (selects.find()) {
      Map<String, String> a =
          attributes(selects.group().substring(0, selects.group().indexOf('>') + 1));
      Matcher selected = Pattern.compile("<option[^>]*selected[^>]*>").matcher(selects.group(1));
      if (a.containsKey("name") && selected.find()) {
        values.put(a.get("name"), unescape(attributes(selected.group()).getOrDefault("value", "")));
      }
    }
    Matcher areas =
        Pattern.compile("<textarea[^>]*name=\"([^\"]*)\"[^>]*>(.*?)</textarea>", Pattern.DOTALL)
            .matcher(form);
    while (areas.find()) {
      values.put(areas.group(1), unescape(areas.group(2)));
    }
    return values;
  }

  private static Map<String, String> attributes(String tag) {
    Map<String, String> attributes = new LinkedHashMap<>();
    Matcher m = ATTRIBUTE.matcher(tag);
    while (m.find()) {
      attributes.put(m.group(1), m.group(2));
    }
    if (tag.matches("(?s).*\\schecked(\\s|>|/).*")) {
      attributes.putIfAbsent("checked", "checked");
    }
    return attributes;
  }

  private static String unescape(String html) {
    return html.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&");
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
