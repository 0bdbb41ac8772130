package org.treffpunkt.platform.i18n;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The address the browser asked for, also while the request is forwarded to the page that answers
 * it (readable meeting addresses, error pages): the forwarded request's own URI is the page's.
 * Here, beside the language switch that keeps it, so that everything in platform may use it.
 */
public final class AskedAddress {

  private AskedAddress() {}

  /** The path asked for, with the context path. */
  public static String uri(HttpServletRequest request) {
    Object forwarded = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
    return forwarded != null ? forwarded.toString() : request.getRequestURI();
  }

  /** The query string asked for, or null. */
  public static String query(HttpServletRequest request) {
    return request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI) != null
        ? (String) request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING)
        : request.getQueryString();
  }
}
