package org.treffpunkt.offer.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.treffpunkt.platform.AdviceTopic;
import org.treffpunkt.platform.i18n.Language;

class HelpOfferTest {

  private static final Instant NOW = Instant.parse("2027-03-01T09:00:00Z");

  private static OpeningHours hours(DayOfWeek day, String from, String to) {
    return new OpeningHours(day, LocalTime.parse(from), LocalTime.parse(to));
  }

  private static OfferDetails details(Map<String, OfferText> texts, List<OpeningHours> hours) {
    return new OfferDetails(
        texts,
        Set.of(AdviceTopic.HOUSING),
        Set.of("ar"),
        Set.of(5L),
        "Breiter Weg 1",
        null,
        null,
        null,
        hours,
        List.of(new Closure(LocalDate.parse("2027-12-24"), "Heiligabend")),
        true);
  }

  @Test
  void openingHoursCloseAfterTheyOpen() {
    assertThrows(IllegalArgumentException.class, () -> hours(DayOfWeek.MONDAY, "12:00", "09:00"));
    assertThrows(IllegalArgumentException.class, () -> hours(DayOfWeek.MONDAY, "09:00", "09:00"));
  }

  @Test
  void hoursOverlapOnlyOnTheSameDayAndNotWhenTheyTouch() {
    OpeningHours morning = hours(DayOfWeek.MONDAY, "09:00", "12:00");
    assertTrue(morning.overlaps(hours(DayOfWeek.MONDAY, "11:00", "13:00")));
    assertFalse(morning.overlaps(hours(DayOfWeek.MONDAY, "12:00", "14:00")), "touching");
    assertFalse(morning.overlaps(hours(DayOfWeek.TUESDAY, "09:00", "12:00")));
    assertEquals(
        Optional.of(2),
        OfferDetails.firstOverlap(
            List.of(
                morning,
                hours(DayOfWeek.TUESDAY, "10:00", "11:00"),
                hours(DayOfWeek.MONDAY, "08:00", "09:30"))));
  }

  @Test
  void anOfferNeedsAGermanTitleAndHoursThatDoNotOverlap() {
    assertThrows(
        IllegalArgumentException.class,
        () -> details(Map.of("en", new OfferText("Advice", null)), List.of()));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            details(
                Map.of("de", new OfferText("Beratung", null)),
                List.of(
                    hours(DayOfWeek.MONDAY, "09:00", "12:00"),
                    hours(DayOfWeek.MONDAY, "10:00", "11:00"))));
  }

  @Test
  void textsFallBackToGermanPerField() {
    HelpOffer offer =
        new HelpOffer(
            3L,
            details(
                Map.of(
                    "de", new OfferText("Wohnungshilfe", "Hilfe bei der Wohnungssuche"),
                    "ar", new OfferText("مساعدة السكن", null)),
                List.of()),
            LocalDate.parse("2027-03-01"),
            NOW);

    assertEquals("مساعدة السكن", offer.text(Language.AR).title());
    assertEquals("Hilfe bei der Wohnungssuche", offer.text(Language.AR).description());
    assertEquals("Wohnungshilfe", offer.text(Language.UK).title());
  }

  @Test
  void hoursAreKeptInWeekOrder() {
    HelpOffer offer =
        new HelpOffer(
            3L,
            details(
                Map.of("de", new OfferText("Beratung", null)),
                List.of(
                    hours(DayOfWeek.THURSDAY, "14:00", "16:00"),
                    hours(DayOfWeek.MONDAY, "13:00", "15:00"),
                    hours(DayOfWeek.MONDAY, "09:00", "12:00"))),
            LocalDate.parse("2027-03-01"),
            NOW);

    assertEquals(
        List.of(
            hours(DayOfWeek.MONDAY, "09:00", "12:00"),
            hours(DayOfWeek.MONDAY, "13:00", "15:00"),
            hours(DayOfWeek.THURSDAY, "14:00", "16:00")),
        offer.hours());
    assertTrue(offer.serves(5L));
    assertFalse(offer.serves(6L));
  }
}
