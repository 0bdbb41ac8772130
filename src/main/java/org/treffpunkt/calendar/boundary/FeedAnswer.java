package org.treffpunkt.calendar.boundary;

import java.nio.ByteBuffer;
import java.util.function.BiConsumer;
import org.treffpunkt.calendar.control.FeedCache;

/**
 * The answer to a request for a feed, decided from the request's headers alone, the same way
 * whether the servlet answers or the kept feeds do before it ({@link KeptFeeds}): 304 if the
 * client's copy is current, else the stored gzip form when the client takes gzip and there is one,
 * else the identity bytes.
 *
 * @param gzip whether the gzip form is sent (its own ETag)
 * @param notModified whether the answer is 304
 */
record FeedAnswer(FeedCache.Served feed, boolean gzip, boolean notModified) {

  static final String PUBLIC = "public, max-age=300";
  static final String PRIVATE = "private, max-age=300";
  static final String CONTENT_TYPE = "text/calendar;charset=utf-8";
  static final String DISPOSITION = "inline; filename=\"treffpunkt.ics\"";

  /**
   * @param ifModifiedSince the header's time in milliseconds, or -1 (only asked without {@code
   *     If-None-Match}, which takes precedence)
   */
  static FeedAnswer to(
      FeedCache.Served feed,
      String acceptEncoding,
      String ifNoneMatch,
      java.util.function.LongSupplier ifModifiedSince) {
    boolean gzip = feed.hasGzip() && acceptsGzip(acceptEncoding);
    boolean current =
        ifNoneMatch != null
            ? matches(ifNoneMatch, etag(feed, gzip))
            : ifModifiedSince.getAsLong() >= feed.lastModifiedMillis();
    return new FeedAnswer(feed, gzip, current);
  }

  String etag() {
    return etag(feed, gzip);
  }

  private static String etag(FeedCache.Served feed, boolean gzip) {
    return gzip ? feed.gzipEtag() : feed.etag();
  }

  /**
   * The answer's headers (also for 304): validators, caching, and for a body its type, name and
   * coding (Content-Encoding set here means the server's gzip filter leaves the body alone).
   */
  void headers(String cacheControl, BiConsumer<String, String> header) {
    header.accept("ETag", etag());
    header.accept("Cache-Control", cacheControl);
    header.accept("Vary", "Accept-Language, Accept-Encoding");
    header.accept("Last-Modified", feed.lastModified());
    if (!notModified) {
      header.accept("Content-Type", CONTENT_TYPE);
      header.accept("Content-Disposition", DISPOSITION);
      if (gzip) {
        header.accept("Content-Encoding", "gzip");
      }
    }
  }

  /** The body to write: a view of the stored bytes, not a copy. */
  ByteBuffer body() {
    return feed.body(gzip);
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
}
