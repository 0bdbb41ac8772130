package org.treffpunkt.meeting.control;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A series with its rule and every date it has, as calendars export it (one event with a rule, plus
 * the dates that differ from it): what other features read of a series.
 *
 * @param frequency {@code WEEKLY}, {@code BIWEEKLY}, {@code MONTHLY_BY_WEEKDAY} or {@code
 *     MONTHLY_BY_DATE} (as in the API)
 * @param firstDate the date the rule starts from
 * @param startTime the wall-clock start in Berlin of every date the rule makes
 * @param onLastWeekday for {@code MONTHLY_BY_WEEKDAY}: the rule means the last such weekday of the
 *     month (asked for, or the first date is a 5th weekday)
 * @param dates every date of the series, by where the rule put them
 */
public record SeriesDates(
    long seriesId,
    String frequency,
    LocalDate firstDate,
    LocalTime startTime,
    int durationMinutes,
    boolean onLastWeekday,
    List<SeriesDate> dates) {

  /**
   * One date of the series.
   *
   * @param meeting the date as a meeting, in the language asked for
   * @param originalStart where the rule put it, also after it was moved (Berlin)
   * @param editedIndividually changed on its own: later edits of the whole series leave it alone
   */
  public record SeriesDate(
      MeetingView meeting, OffsetDateTime originalStart, boolean editedIndividually) {}
}
