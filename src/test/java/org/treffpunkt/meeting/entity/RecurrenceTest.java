package org.treffpunkt.meeting.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RecurrenceTest {

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  private static List<LocalDate> dates(String... isos) {
    return java.util.Arrays.stream(isos).map(LocalDate::parse).toList();
  }

  @Test
  void weeklyWithACountGivesExactlyThatManyDates() {
    Recurrence weekly = new Recurrence(Frequency.WEEKLY, null, 8, false);

    List<LocalDate> dates = weekly.dates(d("2027-03-02"));

    assertEquals(8, dates.size());
    assertEquals(d("2027-03-02"), dates.get(0));
    assertEquals(d("2027-04-20"), dates.get(7));
  }

  @Test
  void everyTwoWeeksUntilADateIncludesThatDate() {
    Recurrence biweekly = new Recurrence(Frequency.BIWEEKLY, d("2027-02-09"), null, false);

    assertEquals(dates("2027-01-12", "2027-01-26", "2027-02-09"), biweekly.dates(d("2027-01-12")));
  }

  @Test
  void monthlyOnThe31stFallsOnTheLastDayOfShorterMonthsAndReturnsToThe31st() {
    Recurrence monthly = new Recurrence(Frequency.MONTHLY_BY_DATE, null, 5, false);

    assertEquals(
        dates("2027-01-31", "2027-02-28", "2027-03-31", "2027-04-30", "2027-05-31"),
        monthly.dates(d("2027-01-31")));
  }

  @Test
  void monthlyOnThe30thInALeapYearFebruaryFallsOnThe29th() {
    Recurrence monthly = new Recurrence(Frequency.MONTHLY_BY_DATE, null, 3, false);

    assertEquals(dates("2028-01-30", "2028-02-29", "2028-03-30"), monthly.dates(d("2028-01-30")));
  }

  @Test
  void theSecondTuesdayStaysTheSecondTuesday() {
    Recurrence monthly = new Recurrence(Frequency.MONTHLY_BY_WEEKDAY, null, 4, false);

    // 9 March 2027 is the 2nd Tuesday of March.
    assertEquals(
        dates("2027-03-09", "2027-04-13", "2027-05-11", "2027-06-08"),
        monthly.dates(d("2027-03-09")));
  }

  @Test
  void aFifthWeekdayMeansTheLastWeekdayOfEveryMonth() {
    Recurrence monthly = new Recurrence(Frequency.MONTHLY_BY_WEEKDAY, null, 3, false);

    // 30 March 2027 is the 5th Tuesday; April and May 2027 have only four.
    assertEquals(dates("2027-03-30", "2027-04-27", "2027-05-25"), monthly.dates(d("2027-03-30")));
  }

  @Test
  void lastFridayCanBeAskedForFromAFourthFriday() {
    Recurrence lastFriday = new Recurrence(Frequency.MONTHLY_BY_WEEKDAY, null, 3, true);

    // 26 March 2027 is the 4th and last Friday; April 2027 has five Fridays, the last on the 30th.
    assertEquals(
        dates("2027-03-26", "2027-04-30", "2027-05-28"), lastFriday.dates(d("2027-03-26")));
  }

  @Test
  void aSeriesNeverReachesBeyondEighteenMonths() {
    Recurrence weekly = new Recurrence(Frequency.WEEKLY, d("2030-01-01"), null, false);
    Recurrence tooMany = new Recurrence(Frequency.WEEKLY, null, 100, false);
    Recurrence fits = new Recurrence(Frequency.WEEKLY, null, 78, false);

    assertEquals(Optional.of("validation.beyondHorizon"), weekly.problemFor(d("2027-01-04")));
    assertEquals(Optional.of("validation.beyondHorizon"), tooMany.problemFor(d("2027-01-04")));
    assertEquals(Optional.empty(), fits.problemFor(d("2027-01-04")));
    assertEquals(d("2028-07-04"), Recurrence.horizon(d("2027-01-04")));
  }

  @Test
  void anEndBeforeTheStartIsAProblem() {
    Recurrence weekly = new Recurrence(Frequency.WEEKLY, d("2027-01-01"), null, false);

    assertEquals(Optional.of("validation.untilBeforeStart"), weekly.problemFor(d("2027-02-01")));
  }

  @Test
  void exactlyOneEndIsRequired() {
    assertThrows(
        IllegalArgumentException.class, () -> new Recurrence(Frequency.WEEKLY, null, null, false));
    assertThrows(
        IllegalArgumentException.class,
        () -> new Recurrence(Frequency.WEEKLY, d("2027-01-01"), 3, false));
    assertThrows(
        IllegalArgumentException.class, () -> new Recurrence(Frequency.WEEKLY, null, 0, false));
  }
}
