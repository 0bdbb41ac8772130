package org.treffpunkt.meeting.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * A series: its first date, wall-clock time and recurrence. It materialises one {@link Meeting} per
 * date, each with its own capacity, status and registrations; the calendar feed exports it as one
 * event with RRULE.
 */
@Entity
@Table(name = "meeting_series")
public class MeetingSeries {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private Frequency frequency;

  @Column(name = "first_date", nullable = false)
  private LocalDate firstDate;

  /** Wall-clock start in Berlin. */
  @Column(name = "start_time", nullable = false)
  private LocalTime startTime;

  @Column(name = "duration_minutes", nullable = false)
  private int durationMinutes;

  @Column(name = "until_date")
  private LocalDate until;

  @Column(name = "occurrence_count")
  private Integer count;

  @Column(name = "last_weekday", nullable = false)
  private boolean lastWeekday;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected MeetingSeries() {}

  public MeetingSeries(Recurrence recurrence, Schedule first, Instant now) {
    this.frequency = recurrence.frequency();
    this.until = recurrence.until();
    this.count = recurrence.count();
    this.lastWeekday =
        recurrence.isLast(first.localDate())
            && recurrence.frequency() == Frequency.MONTHLY_BY_WEEKDAY;
    this.firstDate = first.localDate();
    this.startTime = first.localStart().toLocalTime();
    this.durationMinutes = (int) java.time.Duration.between(first.start(), first.end()).toMinutes();
    this.createdAt = now;
  }

  public Recurrence recurrence() {
    return new Recurrence(frequency, until, count, lastWeekday);
  }

  /** The schedule of every date of the series, at the same wall-clock time in Berlin. */
  public List<Schedule> schedules() {
    return recurrence().dates(firstDate).stream()
        .map(d -> Schedule.onDate(d, startTime, durationMinutes))
        .toList();
  }

  public Long getId() {
    return id;
  }

  public LocalDate firstDate() {
    return firstDate;
  }

  public LocalTime startTime() {
    return startTime;
  }

  public int durationMinutes() {
    return durationMinutes;
  }

  /** From {@code fromDate} on, the series meets at another time of day or for another duration. */
  public void retime(LocalDate fromDate, LocalTime newStart, int newDurationMinutes) {
    if (!fromDate.isAfter(firstDate)) {
      this.startTime = newStart;
      this.durationMinutes = newDurationMinutes;
    }
  }
}
