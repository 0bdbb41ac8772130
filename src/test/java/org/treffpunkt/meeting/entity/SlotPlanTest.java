package org.treffpunkt.meeting.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SlotPlanTest {

  private static final Instant TEN = Instant.parse("2027-03-02T09:00:00Z");

  @Test
  void slotsFillTheMeetingFromItsStartAndALastShortRestIsNoSlot() {
    List<SlotPlan.Slot> slots = new SlotPlan(20, 1, 0).slots(TEN, TEN.plusSeconds(70 * 60));
    assertEquals(3, slots.size());
    assertEquals(TEN, slots.get(0).start());
    assertEquals(TEN.plusSeconds(40 * 60), slots.get(2).start());
    assertEquals(TEN.plusSeconds(60 * 60), slots.get(2).end());
    assertTrue(slots.stream().allMatch(s -> s.bookableSeats() == 1));
  }

  @Test
  void theLastSeatsOfEveryHourAreKeptForWalkIns() {
    // two hours, 20-minute slots, two advisers: 6 seats per hour, 3 of them kept
    List<SlotPlan.Slot> slots = new SlotPlan(20, 2, 3).slots(TEN, TEN.plusSeconds(120 * 60));
    assertEquals(6, slots.size());
    assertEquals(
        List.of(0, 1, 2, 0, 1, 2), slots.stream().map(SlotPlan.Slot::walkInSeats).toList());
    assertEquals(
        List.of(2, 1, 0, 2, 1, 0), slots.stream().map(SlotPlan.Slot::bookableSeats).toList());
  }

  @Test
  void defaultsAreOneAdviserAndNoWalkInsAndNonsenseIsRefused() {
    SlotPlan plan = new SlotPlan(30, null, null);
    assertEquals(1, plan.parallel());
    assertEquals(0, plan.walkIn());
    assertEquals(2, plan.seatsPerHour());
    assertThrows(IllegalArgumentException.class, () -> new SlotPlan(2, 1, 0));
    assertThrows(IllegalArgumentException.class, () -> new SlotPlan(20, 0, 0));
    assertThrows(IllegalArgumentException.class, () -> new SlotPlan(20, 1, -1));
  }
}
