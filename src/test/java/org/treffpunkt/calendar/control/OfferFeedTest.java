package org.treffpunkt.calendar.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.treffpunkt.offer.control.OfferTimes;
import org.treffpunkt.platform.ClockProducer;

class OfferFeedTest {

  private static final OfferTimes.Opening TUESDAY_MORNING =
      new OfferTimes.Opening(DayOfWeek.TUESDAY, LocalTime.of(9, 0), LocalTime.of(12, 0));

  private static OfferTimes offer(LocalDate firstDay, List<LocalDate> closed) {
    return new OfferTimes(
        7,
        "Beratung",
        null,
        "Breiter Weg 1",
        "http://localhost:8080/offer.xhtml?id=7",
        firstDay,
        List.of(TUESDAY_MORNING),
        closed,
        Instant.parse("2027-03-01T08:00:00Z"));
  }

  @Test
  void aWeeklyOpeningStartsOnItsFirstWeekdayFromTheOffersFirstDay() {
    CalendarEvent event =
        OfferFeed.event(offer(LocalDate.parse("2027-03-04"), List.of()), TUESDAY_MORNING);

    assertEquals(
        ZonedDateTime.of(LocalDate.parse("2027-03-09"), LocalTime.of(9, 0), ClockProducer.BERLIN),
        event.start());
    assertEquals(LocalTime.of(12, 0), event.end().toLocalTime());
    assertEquals("FREQ=WEEKLY;BYDAY=TU", event.rule());
    assertEquals("offer-7-TUESDAY-09:00@treffpunkt", event.uid());
  }

  @Test
  void onlyClosedDaysOnTheOpeningsWeekdayAndFromItsStartAreExcluded() {
    CalendarEvent event =
        OfferFeed.event(
            offer(
                LocalDate.parse("2027-03-04"),
                List.of(
                    LocalDate.parse("2027-03-02"),
                    LocalDate.parse("2027-03-16"),
                    LocalDate.parse("2027-03-17"))),
            TUESDAY_MORNING);

    assertEquals(
        List.of(
            ZonedDateTime.of(
                LocalDate.parse("2027-03-16"), LocalTime.of(9, 0), ClockProducer.BERLIN)),
        event.excluded());
  }
}
