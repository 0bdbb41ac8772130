package org.treffpunkt.meeting.control;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.treffpunkt.meeting.control.MeetingsRevised.Revision;
import org.treffpunkt.meeting.control.MeetingsRevised.Snapshot;
import org.treffpunkt.meeting.entity.Meeting;
import org.treffpunkt.meeting.entity.MeetingStatus;

/**
 * Remembers meetings as they were before a use case changes them, and afterwards names those whose
 * revision rose, with what changed for attendees (one use case, one {@link MeetingsRevised}).
 */
final class RevisionWatch {

  private record Seen(int revision, boolean cancelled, Snapshot snapshot) {}

  private final Map<Meeting, Seen> seen = new LinkedHashMap<>();

  /** Call before the meeting changes. */
  void watch(Meeting meeting) {
    seen.putIfAbsent(meeting, new Seen(meeting.revision(), cancelled(meeting), snapshot(meeting)));
  }

  /** The meetings whose revision rose since {@link #watch}, in the order watched. */
  List<Revision> revisions() {
    List<Revision> revisions = new ArrayList<>();
    seen.forEach(
        (meeting, before) -> {
          if (meeting.revision() <= before.revision()) {
            return;
          }
          Snapshot after = snapshot(meeting);
          Revision.kindOf(before.snapshot(), before.cancelled(), after, cancelled(meeting))
              .map(
                  kind ->
                      new Revision(
                          meeting.getId(),
                          meeting.revision(),
                          kind,
                          before.snapshot(),
                          after,
                          kind == MeetingsRevised.Kind.CANCELLED
                              ? meeting.cancellationReason()
                              : null))
              .ifPresent(revisions::add);
        });
    return revisions;
  }

  static Snapshot snapshot(Meeting meeting) {
    var venue = meeting.venue();
    return new Snapshot(
        meeting.schedule().start(),
        meeting.schedule().end(),
        venue == null ? null : venue.getName() + ", " + venue.getAddress(),
        meeting.onlineUrl());
  }

  private static boolean cancelled(Meeting meeting) {
    return meeting.status() == MeetingStatus.CANCELLED;
  }
}
