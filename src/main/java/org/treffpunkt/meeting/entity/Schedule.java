package org.treffpunkt.meeting.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import org.treffpunkt.platform.ClockProducer;

/** When a meeting takes place: start and end instants; local times are always Berlin's. */
public record Schedule(Instant start, Instant end) {

  public Schedule {
    if (start == null || end == null || !end.isAfter(start)) {
      throw new IllegalArgumentException("the end must be after the start");
    }
  }

  /**
   * The wall-clock times {@code from}–{@code to} in Berlin on {@code date}, whatever the
   * daylight-saving offset.
   */
  public static Schedule onDate(LocalDate date, LocalTime from, int durationMinutes) {
    ZonedDateTime start = ZonedDateTime.of(LocalDateTime.of(date, from), ClockProducer.BERLIN);
    return new Schedule(start.toInstant(), start.plusMinutes(durationMinutes).toInstant());
  }

  public LocalDate localDate() {
    return start.atZone(ClockProducer.BERLIN).toLocalDate();
  }

  public ZonedDateTime localStart() {
    return start.atZone(ClockProducer.BERLIN);
  }

  public ZonedDateTime localEnd() {
    return end.atZone(ClockProducer.BERLIN);
  }
}
