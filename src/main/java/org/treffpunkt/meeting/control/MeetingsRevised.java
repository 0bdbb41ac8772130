package org.treffpunkt.meeting.control;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Fired once per use case, inside its transaction, when meetings changed in a way that matters to
 * attendees (their revision rose): moved, changed (place or online link) or cancelled. A series
 * edit "from this date on" fires one event holding every date it changed, so that whoever holds
 * several of those dates can be told once. A change attendees do not notice (texts, capacity,
 * publishing) fires nothing.
 */
public record MeetingsRevised(List<Revision> revisions) {

  public MeetingsRevised {
    revisions = List.copyOf(revisions);
  }

  /**
   * What kind of change a revision is, the strongest first: cancelled, moved in time, changed in
   * place.
   */
  public enum Kind {
    MOVED,
    CHANGED,
    CANCELLED
  }

  /**
   * When and where a meeting takes place, as attendees need to know it.
   *
   * @param place the venue as "name, address", or null for a meeting online only
   */
  public record Snapshot(Instant start, Instant end, String place, String onlineUrl) {}

  /**
   * One meeting's change: the revision it now has, its kind, the values before and after, and for a
   * cancellation the organiser's reason.
   */
  public record Revision(
      long meetingId, int revision, Kind kind, Snapshot before, Snapshot after, String reason) {

    /**
     * The kind of change from {@code before} to {@code after}: cancelled if the meeting is
     * cancelled now and was not; moved if its start or end differ; changed if its place or online
     * link differ; else none that attendees would notice.
     */
    public static Optional<Kind> kindOf(
        Snapshot before, boolean cancelledBefore, Snapshot after, boolean cancelledAfter) {
      if (cancelledAfter && !cancelledBefore) {
        return Optional.of(Kind.CANCELLED);
      }
      if (!before.start().equals(after.start()) || !before.end().equals(after.end())) {
        return Optional.of(Kind.MOVED);
      }
      if (!Objects.equals(before.place(), after.place())
          || !Objects.equals(before.onlineUrl(), after.onlineUrl())) {
        return Optional.of(Kind.CHANGED);
      }
      return Optional.empty();
    }
  }
}
