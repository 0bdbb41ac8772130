package org.treffpunkt.meeting.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * How an advice hour is split into bookable slots: slots of {@code minutes} from the start, as many
 * as fit before the end, each with {@code parallel} seats (advisers working side by side). In every
 * hour from the start, the last {@code walkIn} seats are kept for people who come without booking.
 */
@Embeddable
public record SlotPlan(
    @Column(name = "slot_minutes") Integer minutes,
    @Column(name = "slot_parallel") Integer parallel,
    @Column(name = "slot_walk_in") Integer walkIn) {

  public static final int MIN_MINUTES = 5;
  public static final int MAX_MINUTES = 240;
  public static final int MAX_PARALLEL = 20;

  /** One slot: its time, its seats and how many of them are kept for walk-ins. */
  public record Slot(Instant start, Instant end, int seats, int walkInSeats) {
    public int bookableSeats() {
      return seats - walkInSeats;
    }
  }

  public SlotPlan {
    if (minutes == null || minutes < MIN_MINUTES || minutes > MAX_MINUTES) {
      throw new IllegalArgumentException("slot minutes out of range: " + minutes);
    }
    parallel = parallel == null ? 1 : parallel;
    walkIn = walkIn == null ? 0 : walkIn;
    if (parallel < 1 || parallel > MAX_PARALLEL || walkIn < 0) {
      throw new IllegalArgumentException("slot parallel or walk-in out of range");
    }
  }

  /** The slots of a meeting from {@code start} to {@code end}, in time order. */
  public List<Slot> slots(Instant start, Instant end) {
    Duration length = Duration.ofMinutes(minutes);
    List<Slot> slots = new ArrayList<>();
    for (Instant at = start; !at.plus(length).isAfter(end); at = at.plus(length)) {
      slots.add(new Slot(at, at.plus(length), parallel, 0));
    }
    // in each hour from the start, the last `walkIn` seats (counted back from the hour's last slot)
    for (int hour = 0; ; hour++) {
      Instant from = start.plus(Duration.ofHours(hour));
      Instant to = from.plus(Duration.ofHours(1));
      if (!from.isBefore(end)) {
        break;
      }
      int kept = walkIn;
      for (int i = slots.size() - 1; i >= 0 && kept > 0; i--) {
        Slot s = slots.get(i);
        if (s.start().isBefore(from) || !s.start().isBefore(to)) {
          continue;
        }
        int here = Math.min(kept, s.seats() - s.walkInSeats());
        slots.set(i, new Slot(s.start(), s.end(), s.seats(), s.walkInSeats() + here));
        kept -= here;
      }
    }
    return slots;
  }

  /** Seats per hour: what {@code walkIn} may keep at most. */
  public int seatsPerHour() {
    return Math.max(1, 60 / minutes) * parallel;
  }
}
