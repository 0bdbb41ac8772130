package org.treffpunkt.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.treffpunkt.platform.ProblemException.Violation;

/**
 * Reads a span of time asked for with {@code from} and {@code to} (query parameters, filters): a
 * date means a whole day in Berlin, a time with or without offset is taken as it is. A bad value is
 * a 400 naming it.
 */
@ApplicationScoped
public class Periods {

  /** A span of time; {@code to} is exclusive, and null where the span has no end. */
  public record Period(Instant from, Instant to) {}

  @Inject Clock clock;

  /**
   * A period for reports and logs: dates are whole days in Berlin, both included ({@code
   * to=2027-03-31} reaches to the end of that day); times are taken as they are. Without {@code
   * from}, the last {@code defaultDays} days; without {@code to}, up to now.
   */
  public Period period(String from, String to, int defaultDays) {
    return period(from, to, defaultDays, clock.instant());
  }

  /** {@link #period(String, String, int)} at a given moment. */
  public static Period period(String from, String to, int defaultDays, Instant now) {
    List<Violation> violations = new ArrayList<>();
    Instant end =
        present(to) && TimeInput.date(to).isPresent()
            ? TimeInput.date(to).get().plusDays(1).atStartOfDay(ClockProducer.BERLIN).toInstant()
            : boundary(to, "to", violations).orElse(now);
    Instant start =
        boundary(from, "from", violations)
            .orElse(end.atZone(ClockProducer.BERLIN).minusDays(defaultDays).toInstant());
    if (violations.isEmpty() && !start.isBefore(end)) {
      violations.add(new Violation("to", "validation.endAfterStart"));
    }
    ProblemException.throwIfAny(violations);
    return new Period(start, end);
  }

  /**
   * Start times as the meeting lists read them: a date means the start of that day in Berlin (for
   * {@code to} too, which is exclusive); without {@code from}, from now on; without {@code to},
   * without end ({@code to} is null).
   */
  public Period onwards(String from, String to) {
    List<Violation> violations = new ArrayList<>();
    Instant start = boundary(from, "from", violations).orElse(clock.instant());
    Instant end = boundary(to, "to", violations).orElse(null);
    ProblemException.throwIfAny(violations);
    return new Period(start, end);
  }

  /**
   * A date means its start in Berlin; a time with or without offset is taken as it is. A value that
   * is neither adds a violation of {@code field}; no value is empty.
   */
  public static Optional<Instant> boundary(String value, String field, List<Violation> violations) {
    if (!present(value)) {
      return Optional.empty();
    }
    Optional<Instant> instant =
        TimeInput.date(value)
            .map(d -> d.atStartOfDay(ClockProducer.BERLIN).toInstant())
            .or(() -> TimeInput.instant(value));
    if (instant.isEmpty()) {
      violations.add(new Violation(field, "validation.dateTime"));
    }
    return instant;
  }

  private static boolean present(String value) {
    return value != null && !value.isBlank();
  }
}
