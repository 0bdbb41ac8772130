package org.treffpunkt.platform.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The language of the current request, for pages and API alike: {@code ?lang=}, then the language
 * chosen earlier with the switch (a cookie), then {@code Accept-Language}, then German.
 */
@Named("language")
@RequestScoped
public class CurrentLanguage {

  public static final String PARAMETER = "lang";
  public static final String COOKIE = "treffpunkt-lang";

  @Inject HttpServletRequest request;

  private Language language;

  public Language get() {
    if (language == null) {
      language = resolve(request);
    }
    return language;
  }

  public static Language resolve(HttpServletRequest request) {
    return Language.of(request.getParameter(PARAMETER))
        .or(() -> fromCookie(request))
        .orElseGet(() -> withoutParameter(null, request.getHeader("Accept-Language")));
  }

  /** The language when there is no {@code ?lang=}: the chosen cookie, then Accept-Language. */
  public static Language withoutParameter(String cookie, String acceptLanguage) {
    return Language.of(cookie)
        .or(() -> Language.fromAcceptLanguage(acceptLanguage))
        .orElse(Language.DEFAULT);
  }

  private static Optional<Language> fromCookie(HttpServletRequest request) {
    Cookie[] cookies = request.getCookies();
    if (cookies == null) {
      return Optional.empty();
    }
    return Arrays.stream(cookies)
        .filter(c -> COOKIE.equals(c.getName()))
        .findFirst()
        .flatMap(c -> Language.of(c.getValue()));
  }

  /** The page's locale (also the Faces view's), with the digits the language's bundle chooses. */
  public Locale getLocale() {
    return get().formattingLocale();
  }

  public String getCode() {
    return get().code();
  }

  public String getDirection() {
    return get().direction();
  }

  public List<Language> getAll() {
    return List.of(Language.values());
  }

  /**
   * The current page in {@code target}: same path and query, with {@code lang} replaced. For a
   * forwarded request (readable meeting addresses, error pages) that is the address the browser
   * asked for.
   */
  public String switchUrl(Language target) {
    String uri = AskedAddress.uri(request);
    String query = AskedAddress.query(request);
    String kept =
        query == null
            ? ""
            : Arrays.stream(query.split("&"))
                .filter(p -> !p.isEmpty() && !p.equals(PARAMETER) && !p.startsWith(PARAMETER + "="))
                .collect(Collectors.joining("&"));
    return uri + "?" + (kept.isEmpty() ? "" : kept + "&") + PARAMETER + "=" + target.code();
  }

  public String message(String key, Object... args) {
    return Messages.get(get(), key, args);
  }
}
