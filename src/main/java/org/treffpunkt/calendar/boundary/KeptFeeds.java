package org.treffpunkt.calendar.boundary;

import io.undertow.server.HandlerWrapper;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.handlers.Cookie;
import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import io.undertow.util.HeaderMap;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import io.undertow.util.Methods;
import io.undertow.util.StatusCodes;
import jakarta.servlet.ServletContext;
import java.nio.ByteBuffer;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.treffpunkt.calendar.control.FeedCache;
import org.treffpunkt.platform.WebSecurity;
import org.treffpunkt.platform.i18n.CurrentLanguage;
import org.treffpunkt.platform.i18n.Language;

/**
 * Answers requests for kept public feeds before the servlet chain (an Undertow handler in front of
 * the deployment's servlet handling, on the connection's I/O thread): no servlet request, session
 * lookup, security pipeline or filter runs for them, and the stored direct buffer goes to the
 * socket as it is. It answers only what it can answer from memory exactly as the servlet would — a
 * {@code GET} of {@code /calendar/meetings.ics} (with its filters) or {@code
 * /calendar/meetings/{id}.ics} whose feed is kept for the catalogue version known in memory (see
 * {@link FeedCache#keptReader}) — with the same bytes and headers ({@link FeedAnswer}, {@link
 * WebSecurity#headers}). Everything else goes on to the servlet: misses (which render and keep the
 * feed), a version due to be re-read from the database, {@code ?lang=} (whose choice the servlet
 * filters remember in a cookie), {@code If-Modified-Since} without {@code If-None-Match}, errors.
 * Registered by {@link Extension} (META-INF/services).
 */
public final class KeptFeeds implements HttpHandler {

  /** The servlet context attribute under which the servlet offers its kept feeds. */
  static final String SOURCE = KeptFeeds.class.getName();

  /** Where the kept feeds come from: the calendar servlet, once it has started. */
  interface Source {

    /** The kept feed at {@code path} (relative to the application) for these parameters. */
    Optional<FeedCache.Served> kept(
        String path, UnaryOperator<String> parameter, Language language);

    /** Whether the application is reached over HTTPS (HSTS). */
    boolean secure();
  }

  /** Puts {@link KeptFeeds} in front of the deployment's servlet handling. */
  public static final class Extension implements ServletExtension {
    @Override
    public void handleDeployment(DeploymentInfo deployment, ServletContext context) {
      HandlerWrapper wrapper = next -> new KeptFeeds(next, context);
      deployment.addInitialHandlerChainWrapper(wrapper);
    }
  }

  private static final String PREFIX = "/calendar/meetings";

  private final HttpHandler next;
  private final ServletContext context;

  KeptFeeds(HttpHandler next, ServletContext context) {
    this.next = next;
    this.context = context;
  }

  @Override
  public void handleRequest(HttpServerExchange exchange) throws Exception {
    if (!answered(exchange)) {
      next.handleRequest(exchange);
    }
  }

  private boolean answered(HttpServerExchange exchange) {
    String path = exchange.getRelativePath();
    if (!path.startsWith(PREFIX) || !Methods.GET.equals(exchange.getRequestMethod())) {
      return false;
    }
    Map<String, Deque<String>> query = exchange.getQueryParameters();
    HeaderMap request = exchange.getRequestHeaders();
    String ifNoneMatch = request.getFirst(Headers.IF_NONE_MATCH);
    if (query.containsKey(CurrentLanguage.PARAMETER)
        || (ifNoneMatch == null && request.contains(Headers.IF_MODIFIED_SINCE))
        || !(context.getAttribute(SOURCE) instanceof Source source)) {
      return false;
    }
    Optional<FeedCache.Served> kept =
        source.kept(path, name -> first(query.get(name)), language(exchange));
    if (kept.isEmpty()) {
      return false;
    }
    FeedAnswer answer =
        FeedAnswer.to(kept.get(), request.getFirst(Headers.ACCEPT_ENCODING), ifNoneMatch, () -> -1);
    HeaderMap response = exchange.getResponseHeaders();
    WebSecurity.headers(path, source.secure(), (name, value) -> put(response, name, value));
    answer.headers(FeedAnswer.PUBLIC, (name, value) -> put(response, name, value));
    if (answer.notModified()) {
      exchange.setStatusCode(StatusCodes.NOT_MODIFIED);
      exchange.endExchange();
      return true;
    }
    ByteBuffer body = answer.body();
    exchange.setResponseContentLength(body.remaining());
    exchange.getResponseSender().send(body);
    return true;
  }

  /** The language as {@link CurrentLanguage#resolve} finds it when there is no {@code ?lang=}. */
  private static Language language(HttpServerExchange exchange) {
    Cookie chosen = exchange.getRequestCookie(CurrentLanguage.COOKIE);
    return CurrentLanguage.withoutParameter(
        chosen == null ? null : chosen.getValue(),
        exchange.getRequestHeaders().getFirst(Headers.ACCEPT_LANGUAGE));
  }

  private static String first(Deque<String> values) {
    return values == null ? null : values.peekFirst();
  }

  private static void put(HeaderMap headers, String name, String value) {
    headers.put(HttpString.tryFromString(name), value);
  }
}
