package org.treffpunkt.calendar.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.treffpunkt.offer.control.HelpOffers;
import org.treffpunkt.offer.control.OfferTimes;
import org.treffpunkt.platform.ClockProducer;
import org.treffpunkt.platform.i18n.Language;
import org.treffpunkt.platform.i18n.Messages;

/**
 * The opening hours of a district's published help offers as a calendar: each weekly opening is one
 * event repeating every week on its day ({@code RRULE:FREQ=WEEKLY;BYDAY=TU}) from the offer's first
 * day on, without the days it is closed ({@code EXDATE}).
 */
@ApplicationScoped
public class OfferFeed {

  @Inject HelpOffers offers;

  public Feeds.Feed of(Long districtId, Language lang) {
    List<CalendarEvent> events = new ArrayList<>();
    Instant newest = Instant.EPOCH;
    for (OfferTimes offer : offers.openingTimes(districtId, lang)) {
      for (OfferTimes.Opening opening : offer.hours()) {
        events.add(event(offer, opening));
      }
      newest = offer.lastModified().isAfter(newest) ? offer.lastModified() : newest;
    }
    events.sort(Comparator.comparing(CalendarEvent::start).thenComparing(CalendarEvent::uid));
    return new Feeds.Feed(
        CalendarWriter.write(Messages.get(lang, "feed.offersName"), events, newest), newest);
  }

  static CalendarEvent event(OfferTimes offer, OfferTimes.Opening opening) {
    LocalDate first = offer.firstDay().with(TemporalAdjusters.nextOrSame(opening.day()));
    ZonedDateTime start = ZonedDateTime.of(first, opening.from(), ClockProducer.BERLIN);
    List<ZonedDateTime> closed =
        offer.closed().stream()
            .filter(day -> day.getDayOfWeek() == opening.day() && !day.isBefore(first))
            .map(day -> ZonedDateTime.of(day, opening.from(), ClockProducer.BERLIN))
            .toList();
    return new CalendarEvent(
        "offer-" + offer.offerId() + "-" + opening.day() + "-" + opening.from() + "@treffpunkt",
        start,
        ZonedDateTime.of(first, opening.to(), ClockProducer.BERLIN),
        "FREQ=WEEKLY;BYDAY=" + byDay(opening.day()),
        null,
        closed,
        0,
        offer.lastModified(),
        false,
        offer.title(),
        offer.description(),
        offer.address(),
        null,
        null,
        offer.page(),
        List.of());
  }

  private static String byDay(DayOfWeek day) {
    return day.name().substring(0, 2).toUpperCase(Locale.ROOT);
  }
}
