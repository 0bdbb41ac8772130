package org.treffpunkt.meeting.entity;

/** How often a series repeats. */
public enum Frequency {
  WEEKLY,
  BIWEEKLY,
  /** The same weekday in the same week of every month, e.g. the 2nd Tuesday or the last Friday. */
  MONTHLY_BY_WEEKDAY,
  /**
   * The same day of every month, e.g. the 15th; the 29th–31st fall on the last day of shorter
   * months.
   */
  MONTHLY_BY_DATE
}
