package org.treffpunkt.meeting.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.treffpunkt.platform.ClockProducer;
import org.treffpunkt.platform.i18n.Language;

class MeetingTest {

  static final Instant NOW = Instant.parse("2027-01-10T09:00:00Z");
  static final MeetingFormat FORMAT =
      new MeetingFormat(1L, "exchange", Map.of("de", "Austauschformat"));
  static final District ALTSTADT = new District(3L, "altstadt", "Altstadt");

  static MeetingPlan plan(Schedule schedule, Map<String, MeetingText> texts, boolean published) {
    return new MeetingPlan(
        FORMAT,
        ALTSTADT,
        null,
        "https://meet.example.org/cafe",
        schedule,
        12,
        true,
        null,
        null,
        texts,
        Set.of("de", "ar"),
        true,
        false,
        Contact.NONE,
        Set.of(),
        published,
        null);
  }

  static Schedule march2(int hour) {
    return Schedule.onDate(LocalDate.of(2027, 3, 2), LocalTime.of(hour, 0), 120);
  }

  static final Map<String, MeetingText> TEXTS =
      Map.of(
          "de", new MeetingText("Sprachcafé", "Einfach reden.", "Wir treffen uns im Stadtteil."),
          "ar", new MeetingText("مقهى اللغة", null, null));

  @Test
  void itsPublicPageChangesByTheClockWhenItBeginsAndWhenItEnds() {
    Meeting meeting = Meeting.plan(plan(march2(18), TEXTS, true), NOW);
    Instant start = march2(18).start();
    Instant end = march2(18).end();

    assertEquals(start, meeting.nextChange(NOW), "registration closes as it begins");
    assertEquals(end, meeting.nextChange(start));
    assertEquals(Instant.MAX, meeting.nextChange(end));
  }

  @Test
  void aNewMeetingStartsAtRevisionZero() {
    Meeting meeting = Meeting.plan(plan(march2(18), TEXTS, true), NOW);

    assertEquals(0, meeting.revision());
    assertEquals(NOW, meeting.lastModified());
    assertEquals(MeetingStatus.PUBLISHED, meeting.status());
  }

  @Test
  void aNewTimeRaisesTheRevisionButATextEditDoesNot() {
    Meeting meeting = Meeting.plan(plan(march2(18), TEXTS, true), NOW);
    Instant later = NOW.plusSeconds(60);

    meeting.replan(
        plan(march2(18), Map.of("de", new MeetingText("Sprachcafé!", "Neu", null)), true), later);
    assertEquals(0, meeting.revision(), "cosmetic");
    assertEquals(NOW, meeting.lastModified());

    meeting.replan(plan(march2(19), TEXTS, true), later);
    assertEquals(1, meeting.revision());
    assertEquals(later, meeting.lastModified());
  }

  @Test
  void anotherOnlineLinkOrUnpublishingRaisesTheRevision() {
    Meeting meeting = Meeting.plan(plan(march2(18), TEXTS, true), NOW);
    MeetingPlan moved =
        new MeetingPlan(
            FORMAT,
            ALTSTADT,
            null,
            "https://meet.example.org/other",
            march2(18),
            12,
            true,
            null,
            null,
            TEXTS,
            Set.of(),
            false,
            false,
            Contact.NONE,
            Set.of(),
            true,
            null);

    meeting.replan(moved, NOW);
    meeting.replan(plan(march2(18), TEXTS, false), NOW);

    assertEquals(2, meeting.revision());
    assertEquals(MeetingStatus.DRAFT, meeting.status());
  }

  @Test
  void cancellingKeepsTheReasonRaisesTheRevisionAndHappensOnce() {
    Meeting meeting = Meeting.plan(plan(march2(18), TEXTS, true), NOW);

    meeting.cancel("Raum nicht verfügbar", NOW);

    assertEquals(MeetingStatus.CANCELLED, meeting.status());
    assertEquals("Raum nicht verfügbar", meeting.cancellationReason());
    assertEquals(1, meeting.revision());
    assertFalse(meeting.registrationOpen(NOW));
    // once only: the entity's rule is the API's answer (409), not checked a second time in the
    // service
    assertEquals(
        409,
        assertThrows(
                org.treffpunkt.platform.ProblemException.class, () -> meeting.cancel("again", NOW))
            .status());
  }

  @Test
  void aReplanDoesNotUncancel() {
    Meeting meeting = Meeting.plan(plan(march2(18), TEXTS, true), NOW);
    meeting.cancel("Krankheit", NOW);

    meeting.replan(plan(march2(18), TEXTS, true), NOW);

    assertEquals(MeetingStatus.CANCELLED, meeting.status());
  }

  @Test
  void textsFallBackToGermanFieldByField() {
    Meeting meeting = Meeting.plan(plan(march2(18), TEXTS, true), NOW);

    MeetingText arabic = meeting.text(Language.AR);
    MeetingText turkish = meeting.text(Language.TR);

    assertEquals("مقهى اللغة", arabic.title());
    assertEquals("Einfach reden.", arabic.summary());
    assertEquals("Sprachcafé", turkish.title());
  }

  @Test
  void registrationIsOpenUntilTheStartOrTheEarlierClosingTime() {
    Schedule schedule = march2(18);
    Meeting open = Meeting.plan(plan(schedule, TEXTS, true), NOW);
    Meeting draft = Meeting.plan(plan(schedule, TEXTS, false), NOW);
    Instant closes = schedule.start().minusSeconds(3600);
    Meeting closing =
        Meeting.plan(
            new MeetingPlan(
                FORMAT,
                ALTSTADT,
                null,
                "https://x.example",
                schedule,
                null,
                true,
                NOW.plusSeconds(3600),
                closes,
                TEXTS,
                Set.of(),
                false,
                false,
                Contact.NONE,
                Set.of(),
                true,
                null),
            NOW);

    assertTrue(open.registrationOpen(NOW));
    assertFalse(open.registrationOpen(schedule.start()));
    assertFalse(draft.registrationOpen(NOW));
    assertFalse(closing.registrationOpen(NOW), "not yet open");
    assertTrue(closing.registrationOpen(NOW.plusSeconds(3600)));
    assertFalse(closing.registrationOpen(closes));
  }

  @Test
  void aDateOfASeriesEditedOnItsOwnIsMarkedAndKeepsItsOriginalStart() {
    Schedule original = march2(18);
    Meeting meeting = Meeting.ofSeries(7L, plan(original, TEXTS, true), NOW);

    meeting.replan(plan(march2(20), TEXTS, true), NOW);

    assertTrue(meeting.editedIndividually());
    assertEquals(original.start(), meeting.originalStart());
    assertEquals(march2(20), meeting.schedule());
  }

  @Test
  void wallClockTimesSurviveTheDaylightSavingChanges() {
    // Berlin switches to summer time on 28 March 2027 and back on 31 October 2027.
    Schedule beforeSpring = Schedule.onDate(LocalDate.of(2027, 3, 23), LocalTime.of(18, 0), 90);
    Schedule afterSpring = Schedule.onDate(LocalDate.of(2027, 3, 30), LocalTime.of(18, 0), 90);
    Schedule beforeAutumn = Schedule.onDate(LocalDate.of(2027, 10, 26), LocalTime.of(18, 0), 90);
    Schedule afterAutumn = Schedule.onDate(LocalDate.of(2027, 11, 2), LocalTime.of(18, 0), 90);

    assertEquals(Instant.parse("2027-03-23T17:00:00Z"), beforeSpring.start());
    assertEquals(Instant.parse("2027-03-30T16:00:00Z"), afterSpring.start());
    assertEquals(Instant.parse("2027-10-26T16:00:00Z"), beforeAutumn.start());
    assertEquals(Instant.parse("2027-11-02T17:00:00Z"), afterAutumn.start());
    assertEquals(LocalTime.of(19, 30), afterAutumn.localEnd().toLocalTime());
  }

  @Test
  void aWeeklySeriesAcrossTheSpringChangeKeepsSixOClockInBerlin() {
    Schedule first = Schedule.onDate(LocalDate.of(2027, 3, 16), LocalTime.of(18, 0), 120);
    MeetingSeries series =
        new MeetingSeries(new Recurrence(Frequency.WEEKLY, null, 4, false), first, NOW);

    var schedules = series.schedules();

    assertEquals(4, schedules.size());
    for (Schedule s : schedules) {
      ZonedDateTime local = s.localStart();
      assertEquals(LocalTime.of(18, 0), local.toLocalTime(), s.toString());
      assertEquals(ClockProducer.BERLIN, local.getZone());
    }
    assertEquals("+01:00", schedules.get(1).localStart().getOffset().getId());
    assertEquals("+02:00", schedules.get(2).localStart().getOffset().getId());
  }
}
