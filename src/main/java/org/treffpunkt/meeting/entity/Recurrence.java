package org.treffpunkt.meeting.entity;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * When a series repeats, starting on its first date: a frequency and an end, either a last date or
 * a number of dates. Dates only — the time of day is the series' wall-clock time in Berlin, which
 * stays fixed across daylight saving.
 *
 * <p>What a person expects at month ends: "monthly on the 31st" falls on the last day of shorter
 * months (30 April, 28/29 February), and so does the 29th or 30th; a first date on the 5th weekday
 * of its month ("the 5th Tuesday") means "the last Tuesday" of every month, as does {@code
 * lastWeekday} for any first date.
 *
 * @param until last possible date (inclusive), or null when {@code count} ends the series
 * @param count number of dates, or null when {@code until} ends the series
 * @param lastWeekday for {@link Frequency#MONTHLY_BY_WEEKDAY}: the last such weekday of the month
 */
public record Recurrence(Frequency frequency, LocalDate until, Integer count, boolean lastWeekday) {

  /** A series reaches at most this far ahead of its first date. */
  public static final int MAX_MONTHS_AHEAD = 18;

  public Recurrence {
    if (frequency == null) {
      throw new IllegalArgumentException("frequency is required");
    }
    if ((until == null) == (count == null)) {
      throw new IllegalArgumentException("exactly one of until and count");
    }
    if (count != null && count < 1) {
      throw new IllegalArgumentException("count must be at least 1");
    }
  }

  /** The last date a series starting on {@code first} may reach. */
  public static LocalDate horizon(LocalDate first) {
    return first.plusMonths(MAX_MONTHS_AHEAD);
  }

  /** Why this recurrence cannot start on {@code first}, if it cannot. */
  public Optional<String> problemFor(LocalDate first) {
    if (until != null && until.isBefore(first)) {
      return Optional.of("validation.untilBeforeStart");
    }
    if (until != null && until.isAfter(horizon(first))) {
      return Optional.of("validation.beyondHorizon");
    }
    if (count != null && nth(first, count - 1).isAfter(horizon(first))) {
      return Optional.of("validation.beyondHorizon");
    }
    return Optional.empty();
  }

  /** Every date of the series, in order, never beyond {@link #horizon(LocalDate)}. */
  public List<LocalDate> dates(LocalDate first) {
    LocalDate last = until != null && until.isBefore(horizon(first)) ? until : horizon(first);
    int limit = count != null ? count : Integer.MAX_VALUE;
    List<LocalDate> dates = new ArrayList<>();
    for (int n = 0; dates.size() < limit; n++) {
      LocalDate date = nth(first, n);
      if (date.isAfter(last)) {
        break;
      }
      dates.add(date);
    }
    return dates;
  }

  /** The n-th date (0 = the first date). */
  LocalDate nth(LocalDate first, int n) {
    return switch (frequency) {
      case WEEKLY -> first.plusWeeks(n);
      case BIWEEKLY -> first.plusWeeks(2L * n);
      case MONTHLY_BY_DATE -> monthlyByDate(first, n);
      case MONTHLY_BY_WEEKDAY -> monthlyByWeekday(first, n);
    };
  }

  private static LocalDate monthlyByDate(LocalDate first, int n) {
    // plusMonths keeps the day of month, or takes the last day of a shorter month; always from the
    // first date, so
    // 31 Jan → 28 Feb → 31 Mar (not 28 Mar).
    return first.plusMonths(n);
  }

  private LocalDate monthlyByWeekday(LocalDate first, int n) {
    DayOfWeek weekday = first.getDayOfWeek();
    LocalDate month = first.withDayOfMonth(1).plusMonths(n);
    if (isLast(first)) {
      return month.with(TemporalAdjusters.lastInMonth(weekday));
    }
    int ordinal = (first.getDayOfMonth() - 1) / 7 + 1;
    return month.with(TemporalAdjusters.dayOfWeekInMonth(ordinal, weekday));
  }

  /** Whether the series means "the last weekday of the month". */
  public boolean isLast(LocalDate first) {
    return lastWeekday || (first.getDayOfMonth() - 1) / 7 + 1 == 5;
  }
}
