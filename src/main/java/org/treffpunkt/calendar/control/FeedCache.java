package org.treffpunkt.calendar.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.treffpunkt.meeting.control.MeetingCatalogue;
import org.treffpunkt.platform.ClockProducer;

/**
 * Rendered feeds, kept while the data they were made from is unchanged: the key holds the
 * catalogue's version from the database (raised by every change to meetings, on whichever server)
 * and today's date (the feed window moves daily). So every server may cache on its own and still
 * never serves a stale feed. At most 50 feeds are kept.
 */
@ApplicationScoped
public class FeedCache {

  private static final int MAX_ENTRIES = 50;

  @Inject MeetingCatalogue catalogue;
  @Inject Clock clock;

  private final Map<String, Feeds.Feed> feeds =
      new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Feeds.Feed> eldest) {
          return size() > MAX_ENTRIES;
        }
      };

  /**
   * The feed named {@code key} (path, filters, language), rendered only if the data changed since.
   */
  public Feeds.Feed get(String key, Supplier<Feeds.Feed> render) {
    String versioned =
        key + "|" + catalogue.version() + "|" + LocalDate.now(clock.withZone(ClockProducer.BERLIN));
    synchronized (feeds) {
      Feeds.Feed cached = feeds.get(versioned);
      if (cached != null) {
        return cached;
      }
    }
    Feeds.Feed rendered = render.get();
    synchronized (feeds) {
      feeds.put(versioned, rendered);
    }
    return rendered;
  }
}
