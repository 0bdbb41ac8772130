package org.treffpunkt.calendar.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.zip.GZIPOutputStream;
import org.treffpunkt.meeting.control.MeetingCatalogue;
import org.treffpunkt.platform.ClockProducer;
import org.treffpunkt.platform.KeptUntilChanged;

/**
 * Rendered feeds, kept while the data they were made from is unchanged: they belong to the
 * catalogue's version (raised by every change to meetings, on whichever server; known in memory,
 * see {@code CatalogueVersion} for how soon another server's change shows) and today's date (the
 * feed window moves daily; {@link KeptUntilChanged}). A hit asks no database; concurrent misses of
 * one feed render it once, the others wait for that rendering. Each feed is kept as it is sent: its
 * bytes and their gzip form (compressed once), both in direct buffers that are written to the
 * connection without copying, with their ETags. At most {@value #MAX_ENTRIES} feeds per version and
 * day.
 */
@ApplicationScoped
public class FeedCache {

  static final int MAX_ENTRIES = 200;

  private static final DateTimeFormatter HTTP_DATE =
      DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

  /**
   * A feed ready to send: its identity and gzip bodies (read-only; {@link #body} hands out a view
   * per request), a strong ETag for each, {@code Last-Modified} as the header says it.
   */
  public record Served(
      Feeds.Feed feed,
      String etag,
      String gzipEtag,
      String lastModified,
      long lastModifiedMillis,
      ByteBuffer identity,
      ByteBuffer gzip) {

    /** A feed sent once (private feeds): the server compresses it if the client takes gzip. */
    public static Served uncompressed(Feeds.Feed feed) {
      return of(feed, false);
    }

    /**
     * A feed as sent; {@code kept}: with its gzip form, in direct buffers (else the server
     * compresses it).
     */
    static Served of(Feeds.Feed feed, boolean kept) {
      long millis = feed.lastModified().toEpochMilli() / 1000 * 1000;
      return new Served(
          feed,
          feed.etag(),
          kept ? feed.etag().substring(0, feed.etag().length() - 1) + "-gzip\"" : null,
          HTTP_DATE.format(java.time.Instant.ofEpochMilli(millis)),
          millis,
          kept ? direct(feed.bytes()) : ByteBuffer.wrap(feed.bytes()).asReadOnlyBuffer(),
          kept ? direct(gzip(feed.bytes())) : null);
    }

    /** The body to write for this request: a view of the stored bytes, not a copy. */
    public ByteBuffer body(boolean gzipped) {
      return (gzipped ? gzip : identity).duplicate();
    }

    public boolean hasGzip() {
      return gzip != null;
    }

    private static ByteBuffer direct(byte[] bytes) {
      return ByteBuffer.allocateDirect(bytes.length).put(bytes).flip().asReadOnlyBuffer();
    }

    static byte[] gzip(byte[] bytes) {
      ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 8 + 64);
      try (GZIPOutputStream gzip = new GZIPOutputStream(out, 64 * 1024)) {
        gzip.write(bytes);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return out.toByteArray();
    }
  }

  /** What the feeds are made from: the catalogue's version and the day in Berlin. */
  private record Stamp(long version, LocalDate day) {}

  @Inject MeetingCatalogue catalogue;
  @Inject Clock clock;

  private final KeptUntilChanged<Optional<Served>> feeds = new KeptUntilChanged<>(MAX_ENTRIES);

  /**
   * The feed named {@code key} (path, filters, language) as sent, rendered only if the data changed
   * since; empty if {@code render} found nothing (that is kept too).
   */
  public Optional<Served> get(String key, Supplier<Feeds.Feed> render) {
    Stamp stamp =
        new Stamp(catalogue.version(), LocalDate.now(clock.withZone(ClockProducer.BERLIN)));
    return feeds.get(
        stamp, key, () -> Optional.ofNullable(render.get()).map(f -> Served.of(f, true)));
  }

  /**
   * A function giving the feed named {@code key} if it is kept for the version known in memory and
   * today, without asking the database or rendering anything (empty: ask {@link #get}); it never
   * waits. For Undertow's I/O threads: it calls no CDI proxy (see {@link
   * org.treffpunkt.meeting.control.CatalogueVersion#knownReader()}).
   */
  public Function<String, Optional<Served>> keptReader() {
    Supplier<OptionalLong> known = catalogue.versionInMemoryReader();
    Clock berlin = clock.withZone(ClockProducer.BERLIN);
    return key -> {
      OptionalLong version = known.get();
      if (version.isEmpty()) {
        return Optional.empty();
      }
      Stamp stamp = new Stamp(version.getAsLong(), LocalDate.now(berlin));
      return feeds.peek(stamp, key).flatMap(served -> served);
    };
  }

  /** How many feeds were rendered since the start (tests count renderings with it). */
  public long renders() {
    return feeds.made();
  }
}
