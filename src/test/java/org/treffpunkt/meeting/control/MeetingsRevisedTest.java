package org.treffpunkt.meeting.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.treffpunkt.meeting.control.MeetingsRevised.Kind;
import org.treffpunkt.meeting.control.MeetingsRevised.Revision;
import org.treffpunkt.meeting.control.MeetingsRevised.Snapshot;
import org.treffpunkt.meeting.entity.Contact;
import org.treffpunkt.meeting.entity.District;
import org.treffpunkt.meeting.entity.Meeting;
import org.treffpunkt.meeting.entity.MeetingFormat;
import org.treffpunkt.meeting.entity.MeetingPlan;
import org.treffpunkt.meeting.entity.MeetingText;
import org.treffpunkt.meeting.entity.Schedule;

/** Which changes of a meeting its registrants hear of, and what they are told changed. */
class MeetingsRevisedTest {

  static final Instant NOW = Instant.parse("2027-01-10T09:00:00Z");
  static final Instant SIX = Instant.parse("2027-03-02T17:00:00Z");
  static final Instant EIGHT = Instant.parse("2027-03-02T19:00:00Z");
  static final Snapshot ONLINE = new Snapshot(SIX, EIGHT, null, "https://meet.example.org/a");

  static final MeetingFormat FORMAT =
      made(MeetingFormat.class, 1L, "exchange", Map.of("de", "Austausch"));
  static final District ALTSTADT = made(District.class, 3L, "altstadt", "Altstadt");

  /**
   * Reference data as the database has it (their constructors belong to the meeting's entities).
   */
  static <T> T made(Class<T> type, Object... args) {
    try {
      var constructor =
          java.util.Arrays.stream(type.getDeclaredConstructors())
              .filter(c -> c.getParameterCount() == args.length)
              .findFirst()
              .orElseThrow();
      constructor.setAccessible(true);
      return type.cast(constructor.newInstance(args));
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  static MeetingPlan plan(int hour, String onlineUrl, String description) {
    return new MeetingPlan(
        FORMAT,
        ALTSTADT,
        null,
        onlineUrl,
        Schedule.onDate(LocalDate.of(2027, 3, 2), LocalTime.of(hour, 0), 120),
        12,
        true,
        null,
        null,
        Map.of("de", new MeetingText("Sprachcafé", null, description)),
        Set.of("de"),
        false,
        false,
        Contact.NONE,
        Set.of(),
        true,
        null);
  }

  static Meeting saved(MeetingPlan plan) throws ReflectiveOperationException {
    Meeting meeting = Meeting.plan(plan, NOW);
    var id = Meeting.class.getDeclaredField("id");
    id.setAccessible(true);
    id.set(meeting, 42L);
    return meeting;
  }

  @Test
  void aNewStartOrEndIsAMove() {
    Snapshot later =
        new Snapshot(SIX.plusSeconds(3600), EIGHT.plusSeconds(3600), null, ONLINE.onlineUrl());
    Snapshot longer = new Snapshot(SIX, EIGHT.plusSeconds(1800), null, ONLINE.onlineUrl());

    assertEquals(Optional.of(Kind.MOVED), Revision.kindOf(ONLINE, false, later, false));
    assertEquals(Optional.of(Kind.MOVED), Revision.kindOf(ONLINE, false, longer, false));
  }

  @Test
  void aNewPlaceOrLinkAtTheSameTimeIsAChange() {
    Snapshot venue = new Snapshot(SIX, EIGHT, "Bürgerhaus, Weg 1", null);
    Snapshot otherLink = new Snapshot(SIX, EIGHT, null, "https://meet.example.org/b");

    assertEquals(Optional.of(Kind.CHANGED), Revision.kindOf(ONLINE, false, venue, false));
    assertEquals(Optional.of(Kind.CHANGED), Revision.kindOf(ONLINE, false, otherLink, false));
  }

  @Test
  void cancellingOutweighsEverythingElseButOnlyOnce() {
    Snapshot moved = new Snapshot(SIX.plusSeconds(60), EIGHT, null, ONLINE.onlineUrl());

    assertEquals(Optional.of(Kind.CANCELLED), Revision.kindOf(ONLINE, false, ONLINE, true));
    assertEquals(
        Optional.of(Kind.MOVED),
        Revision.kindOf(ONLINE, true, moved, true),
        "moving a cancelled date");
    assertEquals(Optional.empty(), Revision.kindOf(ONLINE, true, ONLINE, true));
  }

  @Test
  void aTextEditIsNoRevisionAndTellsNobody() throws Exception {
    Meeting meeting = saved(plan(18, "https://meet.example.org/a", "Wir treffen uns."));
    RevisionWatch watch = new RevisionWatch();
    watch.watch(meeting);

    meeting.replan(
        plan(18, "https://meet.example.org/a", "Wir trefen uns (Tippfehler)."),
        NOW.plusSeconds(60));

    assertEquals(0, meeting.revision());
    assertEquals(List.of(), watch.revisions());
  }

  @Test
  void aMoveIsToldWithTheValuesBeforeAndAfterAndTheNewRevision() throws Exception {
    Meeting meeting = saved(plan(18, "https://meet.example.org/a", null));
    RevisionWatch watch = new RevisionWatch();
    watch.watch(meeting);

    meeting.replan(plan(19, "https://meet.example.org/a", null), NOW.plusSeconds(60));

    Revision revision = watch.revisions().get(0);
    assertEquals(42L, revision.meetingId());
    assertEquals(1, revision.revision());
    assertEquals(Kind.MOVED, revision.kind());
    assertEquals(SIX, revision.before().start());
    assertEquals(SIX.plusSeconds(3600), revision.after().start());
    assertEquals("https://meet.example.org/a", revision.after().onlineUrl());
    assertNull(revision.reason());
  }

  @Test
  void aCancellationIsToldWithItsReason() throws Exception {
    Meeting meeting = saved(plan(18, "https://meet.example.org/a", null));
    RevisionWatch watch = new RevisionWatch();
    watch.watch(meeting);

    meeting.cancel("Die Heizung ist kaputt.", NOW.plusSeconds(60));

    Revision revision = watch.revisions().get(0);
    assertEquals(Kind.CANCELLED, revision.kind());
    assertEquals("Die Heizung ist kaputt.", revision.reason());
    assertEquals(revision.before(), revision.after(), "same time and place, only cancelled");
  }

  @Test
  void unpublishingRaisesTheRevisionButChangesNothingAnAttendeeCouldGoBy() throws Exception {
    Meeting meeting = saved(plan(18, "https://meet.example.org/a", null));
    RevisionWatch watch = new RevisionWatch();
    watch.watch(meeting);
    MeetingPlan draft = plan(18, "https://meet.example.org/a", null);
    draft =
        new MeetingPlan(
            draft.format(),
            draft.district(),
            null,
            draft.onlineUrl(),
            draft.schedule(),
            12,
            true,
            null,
            null,
            draft.texts(),
            draft.languages(),
            false,
            false,
            Contact.NONE,
            Set.of(),
            false,
            null);

    meeting.replan(draft, NOW.plusSeconds(60));

    assertTrue(meeting.revision() > 0);
    assertEquals(List.of(), watch.revisions());
  }
}
