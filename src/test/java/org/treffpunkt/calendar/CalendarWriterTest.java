package org.treffpunkt.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.util.com.google.ical.compat.javautil.DateIterator;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.treffpunkt.calendar.control.CalendarEvent;
import org.treffpunkt.calendar.control.CalendarWriter;

class CalendarWriterTest {

  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  static final Instant STAMP = Instant.parse("2027-01-01T00:00:00Z");

  static ZonedDateTime at(String local) {
    return java.time.LocalDateTime.parse(local).atZone(BERLIN);
  }

  static CalendarEvent event(
      String uid,
      String start,
      String end,
      String rule,
      String recurrenceId,
      boolean cancelled,
      String summary) {
    return new CalendarEvent(
        uid,
        at(start),
        at(end),
        rule,
        recurrenceId == null ? null : at(recurrenceId),
        List.of(),
        recurrenceId == null ? 0 : 2,
        STAMP,
        cancelled,
        summary,
        "Sprachen: Deutsch, Arabisch\nAnmelden: …",
        "Breiter Weg 1, 39104 Magdeburg",
        52.1277,
        11.6292,
        "http://localhost:8080/meetings/1",
        List.of("Austauschformat", "Altstadt"));
  }

  @Test
  void aSeriesWithAMovedAndACancelledDateIsReadByAnIndependentParserAsACalendarWouldShowIt() {
    String ics =
        CalendarWriter.write(
            "Treffpunkt",
            List.of(
                event(
                    "series-1@treffpunkt",
                    "2027-03-16T18:00",
                    "2027-03-16T20:00",
                    "FREQ=WEEKLY;UNTIL=20270406T160000Z",
                    null,
                    false,
                    "Sprachcafé"),
                event(
                    "series-1@treffpunkt",
                    "2027-03-24T19:00",
                    "2027-03-24T21:00",
                    null,
                    "2027-03-23T18:00",
                    false,
                    "Sprachcafé"),
                event(
                    "series-1@treffpunkt",
                    "2027-03-30T18:00",
                    "2027-03-30T20:00",
                    null,
                    "2027-03-30T18:00",
                    true,
                    "Sprachcafé")),
            STAMP);

    assertTrue(ics.contains("\r\n"));
    assertTrue(ics.contains("BEGIN:VTIMEZONE"), ics);
    assertTrue(ics.contains("DTSTART;TZID=Europe/Berlin:20270316T180000"), ics);
    assertTrue(ics.contains("RECURRENCE-ID;TZID=Europe/Berlin:20270323T180000"), ics);
    assertTrue(ics.contains("REFRESH-INTERVAL;VALUE=DURATION:PT1H"), ics);
    for (String line : ics.split("\r\n")) {
      assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, "folded: " + line);
    }

    ICalendar parsed = Biweekly.parse(ics).first();
    List<VEvent> events = parsed.getEvents();
    assertEquals(3, events.size());
    VEvent master = events.get(0);
    TimeZone berlin = TimeZone.getTimeZone(BERLIN);
    DateIterator dates = master.getDateIterator(berlin);
    List<Instant> occurrences = new ArrayList<>();
    dates.forEachRemaining(d -> occurrences.add(d.toInstant()));
    assertEquals(
        List.of(
            Instant.parse("2027-03-16T17:00:00Z"),
            Instant.parse("2027-03-23T17:00:00Z"),
            Instant.parse("2027-03-30T16:00:00Z"),
            Instant.parse("2027-04-06T16:00:00Z")),
        occurrences,
        "18:00 in Berlin before and after the change to summer time");
    assertEquals("CANCELLED", events.get(2).getStatus().getValue());
    assertEquals(
        Instant.parse("2027-03-24T18:00:00Z"), events.get(1).getDateStart().getValue().toInstant());
  }

  @Test
  void textCannotInjectPropertiesAndUtf8IsNeverSplitWhenFolding() {
    String title =
        "Café\r\nBEGIN:VEVENT\r\nSUMMARY:evil; x, y \\ z – مقهى اللغة للنساء والأطفال في الحي القديم 👩‍👧 Кафе";
    String ics =
        CalendarWriter.write(
            "Treffpunkt",
            List.of(
                event(
                    "m-1@treffpunkt",
                    "2027-10-26T18:00",
                    "2027-10-26T20:00",
                    null,
                    null,
                    false,
                    title)),
            STAMP);

    assertEquals(
        1, java.util.Arrays.stream(ics.split("\r\n")).filter("BEGIN:VEVENT"::equals).count(), ics);
    assertEquals(1, Biweekly.parse(ics).first().getEvents().size());
    for (String line : ics.split("\r\n")) {
      byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
      assertTrue(bytes.length <= 75, "folded at 75 octets: " + line);
      assertFalse(new String(bytes, StandardCharsets.UTF_8).contains("\uFFFD"), line);
    }
    VEvent parsed = Biweekly.parse(ics).first().getEvents().get(0);
    assertEquals(title.replace("\r\n", "\n"), parsed.getSummary().getValue());
  }

  @Test
  void theOutputIsPinnedByAGoldenFile() throws Exception {
    String ics =
        CalendarWriter.write(
            "Treffpunkt – Treffen in Magdeburg",
            List.of(
                event(
                    "series-7@treffpunkt",
                    "2027-03-16T18:00",
                    "2027-03-16T20:00",
                    "FREQ=WEEKLY;UNTIL=20270406T160000Z",
                    null,
                    false,
                    "Sprachcafé"),
                event(
                    "series-7@treffpunkt",
                    "2027-03-24T19:00",
                    "2027-03-24T21:00",
                    null,
                    "2027-03-23T18:00",
                    false,
                    "Sprachcafé"),
                event(
                    "series-7@treffpunkt",
                    "2027-03-30T18:00",
                    "2027-03-30T20:00",
                    null,
                    "2027-03-30T18:00",
                    true,
                    "Abgesagt: Sprachcafé")),
            STAMP);

    var golden = CalendarWriterTest.class.getResourceAsStream("/golden/series-with-overrides.ics");
    if (golden == null) {
      java.nio.file.Files.writeString(
          java.nio.file.Path.of("target/series-with-overrides.ics"), ics);
      throw new AssertionError(
          "no golden file yet; the output is in target/series-with-overrides.ics");
    }
    assertEquals(new String(golden.readAllBytes(), StandardCharsets.UTF_8), ics);
  }
}
