package org.treffpunkt.meeting.control;

import java.time.Instant;
import java.util.List;
import org.treffpunkt.meeting.entity.SlotPlan;

/**
 * One bookable slot of an advice hour, as other features read it: its time, its seats (advisers in
 * parallel) and how many of them are kept for walk-ins.
 */
public record SlotTime(Instant start, Instant end, int seats, int walkInSeats) {

  public int bookableSeats() {
    return seats - walkInSeats;
  }

  static List<SlotTime> of(List<SlotPlan.Slot> slots) {
    return slots.stream()
        .map(s -> new SlotTime(s.start(), s.end(), s.seats(), s.walkInSeats()))
        .toList();
  }
}
