package org.treffpunkt.offer.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Objects;

/** One weekly opening: on {@code day} from {@code opens} until {@code closes} (same day). */
@Embeddable
public record OpeningHours(
    @Enumerated(EnumType.STRING) @Column(name = "weekday", nullable = false, length = 9)
        DayOfWeek day,
    @Column(name = "opens", nullable = false) LocalTime opens,
    @Column(name = "closes", nullable = false) LocalTime closes)
    implements Comparable<OpeningHours> {

  public OpeningHours {
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(opens, "opens");
    Objects.requireNonNull(closes, "closes");
    if (!opens.isBefore(closes)) {
      throw new IllegalArgumentException("opening hours must close after they open");
    }
  }

  /** Whether the two share a moment on the same weekday (touching ends do not overlap). */
  public boolean overlaps(OpeningHours other) {
    return day == other.day && opens.isBefore(other.closes) && other.opens.isBefore(closes);
  }

  @Override
  public int compareTo(OpeningHours other) {
    int byDay = day.compareTo(other.day);
    return byDay != 0 ? byDay : opens.compareTo(other.opens);
  }
}
