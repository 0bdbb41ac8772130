package org.treffpunkt.meeting.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.treffpunkt.platform.KeptUntilChanged;
import org.treffpunkt.platform.i18n.Language;

/**
 * The public list of upcoming meetings as the start page shows it, kept per catalogue version
 * ({@link CatalogueVersion}): the first page from now on, for each filter and language, is read
 * once and kept until the catalogue changes or its first meeting begins (then it would drop off the
 * list). The languages spoken at upcoming meetings are kept per version for a minute at most. The
 * views are as the list shows them: titles, times, places, offers, status; counts of places in them
 * are those of the moment they were read, so pages showing places read the meeting itself.
 */
@ApplicationScoped
public class UpcomingMeetings {

  /** One page of the list and how many meetings match in all. */
  public record Listing(List<MeetingView> meetings, long total) {

    /**
     * Until when a list from now on stays as it is (while the catalogue does): until its first
     * meeting begins and drops off.
     */
    public Instant currentUntil() {
      return meetings.isEmpty() ? Instant.MAX : meetings.get(0).start().toInstant();
    }
  }

  private record Kept(Listing listing, Instant until) {}

  private record Stamp(long version, long minute) {}

  @Inject MeetingCatalogue catalogue;
  @Inject MeetingViews views;
  @Inject Clock clock;

  private final KeptUntilChanged<Kept> listings = new KeptUntilChanged<>(500);
  private final KeptUntilChanged<List<String>> languages = new KeptUntilChanged<>(1);

  /**
   * The public search (no drafts) in the request's language; a first page from now on is answered
   * from memory while it is current.
   */
  public Listing list(MeetingQuery query, boolean fromNow, Language language) {
    if (!fromNow || query.page() != 0) {
      return read(query);
    }
    return listings
        .get(
            catalogue.version(),
            key(query, language),
            () -> {
              Listing listing = read(query);
              return new Kept(listing, listing.currentUntil());
            },
            kept -> clock.instant().isBefore(kept.until()))
        .listing();
  }

  /** The languages spoken at published meetings from now on (at most a minute old). */
  public List<String> languages() {
    return languages.get(
        new Stamp(catalogue.version(), clock.millis() / 60_000), "", catalogue::upcomingLanguages);
  }

  /**
   * Everything a listing depends on but the moment it starts from (now): the query without it, and
   * the language of the texts.
   */
  private static String key(MeetingQuery query, Language language) {
    return new MeetingQuery(
            null,
            query.to(),
            query.districtId(),
            query.formatId(),
            query.language(),
            query.text(),
            false, // the public list never holds drafts
            query.page(),
            query.size(),
            query.status(),
            query.coHostedBy())
        + ":"
        + language.code();
  }

  private Listing read(MeetingQuery query) {
    MeetingCatalogue.Page page = catalogue.browse(query.withDrafts(false));
    return new Listing(views.of(page.items()), page.total());
  }
}
