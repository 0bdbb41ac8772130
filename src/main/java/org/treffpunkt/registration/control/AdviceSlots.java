package org.treffpunkt.registration.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.treffpunkt.meeting.control.MeetingCatalogue;
import org.treffpunkt.meeting.control.SlotTime;
import org.treffpunkt.platform.ClockProducer;

/**
 * The slots of an advice hour as residents see them: each slot's time and how many of its seats can
 * still be booked (seats kept for walk-ins are never bookable).
 */
@ApplicationScoped
public class AdviceSlots {

  /** One slot of {@code GET /api/meetings/{id}/slots}. */
  @Schema(name = "Slot")
  public record SlotView(
      OffsetDateTime start,
      OffsetDateTime end,
      @Schema(description = "Seats that can still be booked (0: taken, or kept for walk-ins)")
          int free,
      @Schema(description = "Seats of this slot kept for people who come without booking")
          int walkIn) {}

  @Inject MeetingCatalogue meetings;
  @Inject RegistrationDesk desk;

  /**
   * The slots of a meeting the caller may see (404 otherwise), in time order; empty for a meeting
   * without slots.
   */
  public List<SlotView> of(long meetingId) {
    List<SlotTime> slots = meetings.slots(meetingId);
    if (slots.isEmpty()) {
      return List.of();
    }
    Map<java.time.Instant, Long> taken = desk.seatsTakenBySlot(meetingId);
    return slots.stream()
        .map(
            s ->
                new SlotView(
                    s.start().atZone(ClockProducer.BERLIN).toOffsetDateTime(),
                    s.end().atZone(ClockProducer.BERLIN).toOffsetDateTime(),
                    (int) Math.max(0, s.bookableSeats() - taken.getOrDefault(s.start(), 0L)),
                    s.walkInSeats()))
        .toList();
  }
}
