package org.treffpunkt.platform;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

/**
 * What every answer carries and what no request from another site may do.
 *
 * <p>Headers: {@code nosniff}, no framing, a Referrer-Policy ({@code no-referrer} where the address
 * holds a secret), HSTS over https, {@code Cache-Control: no-store} where personal data may be
 * shown (back office, a resident's own page, forms, the API), and a strict Content-Security-Policy
 * for everything that is not a page (pages get theirs, with a script nonce, from PrimeFaces:
 * web.xml).
 *
 * <p>Cross-site requests: a request that changes data and comes from a browser on another site (its
 * {@code Origin}, or else its {@code Referer}, is not ours; or it carries our session cookie and
 * neither) is refused with 403 before it reaches a resource or a form, whatever its content type. A
 * browser request from another site that carries our session cookie may not read the API, and is
 * led to the back office's start page rather than into a page that shows (and records viewing)
 * personal data.
 */
@WebFilter(urlPatterns = "/*")
public class WebSecurity extends HttpFilter {

  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
  private static final String NOT_A_PAGE_POLICY =
      "default-src 'none'; frame-ancestors 'none'; sandbox";

  @Inject Settings settings;
  @Inject ServletProblems problems;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    headers(path, settings.secure(), response::setHeader);
    boolean session = hasSessionCookie(request);
    if (!SAFE_METHODS.contains(request.getMethod()) && !fromHere(request, path, session)) {
      problems.send(request, response, HttpServletResponse.SC_FORBIDDEN, "problem.crossSite");
      return;
    }
    if (session && "cross-site".equals(request.getHeader("Sec-Fetch-Site"))) {
      if (path.startsWith("/api/")) {
        problems.send(request, response, HttpServletResponse.SC_FORBIDDEN, "problem.crossSite");
        return;
      }
      if (path.startsWith("/manage/")
          && !path.equals("/manage/")
          && !path.equals("/manage/index.xhtml")) {
        response.sendRedirect(request.getContextPath() + "/manage/");
        return;
      }
    }
    chain.doFilter(request, response);
  }

  /**
   * The headers every answer for {@code path} carries; also set by answers made before the servlet
   * filters run (the kept calendar feeds).
   */
  public static void headers(String path, boolean secure, BiConsumer<String, String> header) {
    header.accept("X-Content-Type-Options", "nosniff");
    header.accept("X-Frame-Options", "DENY");
    header.accept(
        "Referrer-Policy",
        secretInAddress(path) ? "no-referrer" : "strict-origin-when-cross-origin");
    if (secure) {
      header.accept("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    }
    if (personal(path)) {
      header.accept("Cache-Control", "no-store");
    }
    if (!page(path)) {
      header.accept("Content-Security-Policy", NOT_A_PAGE_POLICY);
    }
  }

  /**
   * A resident's own page and the private feeds have their secret in the address: it must not leak
   * onwards.
   */
  static boolean secretInAddress(String path) {
    return path.startsWith("/r/")
        || path.startsWith("/registration.xhtml")
        || path.startsWith("/calendar/partners/")
        || path.startsWith("/calendar/registrations/");
  }

  /**
   * Answers that may show personal data, or a form's view state: never stored by a browser or
   * proxy.
   */
  static boolean personal(String path) {
    return path.startsWith("/api/")
        || path.startsWith("/manage/")
        || secretInAddress(path)
        || path.startsWith("/login.xhtml")
        || path.startsWith("/register.xhtml")
        || (path.startsWith("/meetings/") && REGISTRATION_FORM.matcher(path).matches());
  }

  /**
   * The registration form's pretty address: compiled once (every request asks {@link #personal}).
   */
  private static final Pattern REGISTRATION_FORM = Pattern.compile("/meetings/.*/register/?");

  /** Faces pages (and their resources) get their Content-Security-Policy from PrimeFaces. */
  static boolean page(String path) {
    return !(path.startsWith("/api/")
        || path.startsWith("/calendar/")
        || path.startsWith("/openapi"));
  }

  /**
   * Whether a request that changes data comes from our own pages or from a program: a browser names
   * the page's origin ({@code Origin}, else {@code Referer}); a script sends neither (and no
   * session cookie). A page sent with {@code Referrer-Policy: no-referrer} posts its forms with
   * {@code Origin: null}; for the pages whose address holds the secret that authorises the action
   * (a resident's own page) that is fine: no other site knows it.
   */
  boolean fromHere(HttpServletRequest request, String path, boolean session) {
    String origin = request.getHeader("Origin");
    if ("null".equals(origin) && secretInAddress(path)) {
      return true;
    }
    if (origin != null) {
      return sameOrigin(origin, request);
    }
    String referer = request.getHeader("Referer");
    if (referer != null) {
      return sameOrigin(originOf(referer), request);
    }
    return !session;
  }

  private boolean sameOrigin(String origin, HttpServletRequest request) {
    if (origin == null || origin.equals("null")) {
      return false;
    }
    String host = request.getHeader("Host");
    return origin.equalsIgnoreCase(settings.origin())
        || host != null && origin.equalsIgnoreCase(request.getScheme() + "://" + host);
  }

  static String originOf(String url) {
    try {
      java.net.URI uri = java.net.URI.create(url);
      return uri.getScheme() == null || uri.getRawAuthority() == null
          ? null
          : uri.getScheme() + "://" + uri.getRawAuthority();
    } catch (IllegalArgumentException notAUrl) {
      return null;
    }
  }

  private static boolean hasSessionCookie(HttpServletRequest request) {
    Cookie[] cookies = request.getCookies();
    return cookies != null
        && Arrays.stream(cookies).anyMatch(c -> "JSESSIONID".equals(c.getName()));
  }
}
