package org.treffpunkt.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.treffpunkt.calendar.control.CalendarWriter;

/**
 * The calendar attached to a notice: the same event with its iTIP method and organiser; feeds stay
 * without.
 */
class InvitationWriterTest {

  @Test
  void aCancelledDateGoesOutWithMethodCancelItsOrganiserAndTheSameUid() {
    String ics =
        CalendarWriter.invitation(
            "Abgesagt: Sprachcafé",
            List.of(
                CalendarWriterTest.event(
                    "meeting-7@treffpunkt",
                    "2027-03-16T18:00",
                    "2027-03-16T20:00",
                    null,
                    null,
                    true,
                    "Abgesagt: Sprachcafé")),
            CalendarWriterTest.STAMP,
            "CANCEL",
            "treffpunkt@example.org");

    ICalendar calendar = Biweekly.parse(ics).first();
    VEvent event = calendar.getEvents().get(0);
    assertEquals("CANCEL", calendar.getMethod().getValue());
    assertEquals("meeting-7@treffpunkt", event.getUid().getValue());
    assertEquals("CANCELLED", event.getStatus().getValue());
    assertEquals("treffpunkt@example.org", event.getOrganizer().getEmail());
  }

  @Test
  void aFeedHasNeitherMethodNorOrganiser() {
    String ics =
        CalendarWriter.write(
            "Treffpunkt",
            List.of(
                CalendarWriterTest.event(
                    "meeting-7@treffpunkt",
                    "2027-03-16T18:00",
                    "2027-03-16T20:00",
                    null,
                    null,
                    false,
                    "Sprachcafé")),
            CalendarWriterTest.STAMP);

    assertFalse(ics.contains("METHOD:"), ics);
    assertFalse(ics.contains("ORGANIZER"), ics);
    assertTrue(ics.contains("STATUS:CONFIRMED"), ics);
  }
}
