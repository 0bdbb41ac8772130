package org.treffpunkt.platform;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Times and dates as the API accepts them: ISO-8601, with an offset or as local time in Berlin. */
public final class TimeInput {

  private TimeInput() {}

  public static Optional<Instant> instant(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(OffsetDateTime.parse(text.strip()).toInstant());
    } catch (DateTimeParseException withoutOffset) {
      try {
        return Optional.of(
            LocalDateTime.parse(text.strip()).atZone(ClockProducer.BERLIN).toInstant());
      } catch (DateTimeParseException notATime) {
        return Optional.empty();
      }
    }
  }

  public static Optional<LocalDate> date(String text) {
    try {
      return text == null ? Optional.empty() : Optional.of(LocalDate.parse(text.strip()));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  public static Optional<LocalTime> time(String text) {
    try {
      return text == null ? Optional.empty() : Optional.of(LocalTime.parse(text.strip()));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
