package org.treffpunkt.offer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.util.DayOfWeek;
import biweekly.util.Frequency;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.treffpunkt.testing.Api;
import org.treffpunkt.testing.Fixtures;
import org.treffpunkt.testing.Json;
import org.treffpunkt.testing.ServerTest;

/**
 * The opening hours of a district's help offers as a calendar app reads them (biweekly): one weekly
 * event per opening, closed days left out, only published offers of the district; an unknown
 * district is a 400.
 */
@ServerTest
class OfferFeedIT {

  @Test
  void openingHoursAreWeeklyEventsWithoutTheClosedDays() {
    LocalDate firstTuesday =
        Fixtures.today().with(TemporalAdjusters.nextOrSame(java.time.DayOfWeek.TUESDAY));
    LocalDate closed = firstTuesday.plusWeeks(1);
    long id =
        Json.id(
            Offers.published(
                "11",
                "\"closures\":[{\"date\":\""
                    + closed
                    + "\",\"note\":\"Fortbildung\"}],"
                    + "\"title\":{\"de\":\"Sozialberatung Feed\",\"en\":\"Social advice feed\"}"));
    long draft = Json.id(Offers.published("11", "\"published\":false"));

    Api.Reply reply = Api.anonymous().get("/calendar/offers.ics?district=11&lang=en");
    assertEquals(200, reply.status(), reply.toString());
    assertTrue(reply.contentType().startsWith("text/calendar"), reply.contentType());
    ICalendar calendar = Biweekly.parse(reply.body()).first();
    List<VEvent> ofOffer =
        calendar.getEvents().stream()
            .filter(e -> e.getUid().getValue().startsWith("offer-" + id + "-"))
            .toList();
    assertEquals(1, ofOffer.size(), reply.body());
    VEvent tuesday = ofOffer.get(0);
    assertEquals("Social advice feed", tuesday.getSummary().getValue());
    assertEquals(Frequency.WEEKLY, tuesday.getRecurrenceRule().getValue().getFrequency());
    assertEquals(
        List.of(DayOfWeek.TUESDAY),
        tuesday.getRecurrenceRule().getValue().getByDay().stream().map(d -> d.getDay()).toList());
    assertEquals(1, tuesday.getExceptionDates().size());
    List<LocalDate> days = new ArrayList<>();
    Iterator<java.util.Date> dates = tuesday.getDateIterator(TimeZone.getTimeZone("Europe/Berlin"));
    for (int i = 0; i < 3; i++) {
      ZonedDateTime start = dates.next().toInstant().atZone(Fixtures.BERLIN);
      assertEquals(9, start.getHour(), "09:00 in Berlin");
      days.add(start.toLocalDate());
    }
    assertEquals(List.of(firstTuesday, firstTuesday.plusWeeks(2), firstTuesday.plusWeeks(3)), days);
    assertFalse(
        calendar.getEvents().stream()
            .anyMatch(e -> e.getUid().getValue().startsWith("offer-" + draft + "-")),
        "unpublished offers are not in the feed");
  }

  @Test
  void offersOfOtherDistrictsAreNotInTheDistrictsFeed() {
    long elsewhere = Json.id(Offers.published("12", ""));
    String feed = Api.anonymous().get("/calendar/offers.ics?district=13").body();
    assertFalse(feed.contains("offer-" + elsewhere + "-"), feed);
    assertTrue(
        Api.anonymous().get("/calendar/offers.ics").body().contains("offer-" + elsewhere + "-"));
  }

  @Test
  void anUnknownDistrictIsA400() {
    Api.Reply reply = Api.anonymous().get("/calendar/offers.ics?district=atlantis");
    assertEquals(400, reply.status());
    assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
  }
}
