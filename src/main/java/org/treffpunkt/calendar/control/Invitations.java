package org.treffpunkt.calendar.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.treffpunkt.platform.i18n.Language;

/**
 * The calendar entry attached to a mail about changed dates: a registrant's dates as they are now,
 * with the same UIDs as in their first mail and the meetings' SEQUENCE (which rose with the
 * change), so calendar apps replace the old entry; for cancelled dates {@code METHOD:CANCEL} and
 * {@code STATUS:CANCELLED}.
 */
@ApplicationScoped
public class Invitations {

  /** The calendar text and its iTIP method, for the attachment's content type. */
  public record Invitation(String body, String method) {}

  @Inject Feeds feeds;

  /**
   * The dates of {@code meetingIds} in {@code language}, or empty if none exists; {@code organizer}
   * may be null.
   */
  public Optional<Invitation> of(List<Long> meetingIds, Language language, String organizer) {
    List<CalendarEvent> events =
        meetingIds.stream()
            .map(id -> feeds.singleEvent(id, language))
            .flatMap(Optional::stream)
            .toList();
    if (events.isEmpty()) {
      return Optional.empty();
    }
    String method = events.stream().allMatch(CalendarEvent::cancelled) ? "CANCEL" : "PUBLISH";
    Instant stamp =
        events.stream()
            .map(CalendarEvent::lastModified)
            .max(Comparator.naturalOrder())
            .orElseThrow();
    return Optional.of(
        new Invitation(
            CalendarWriter.invitation(events.get(0).summary(), events, stamp, method, organizer),
            method));
  }
}
