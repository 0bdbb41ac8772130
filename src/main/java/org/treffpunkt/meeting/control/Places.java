package org.treffpunkt.meeting.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.treffpunkt.meeting.entity.MeetingPlaces;
import org.treffpunkt.meeting.entity.MeetingStatus;

/**
 * The places of a meeting, as registration decides about them: one decision after the other, under
 * the meeting's row lock ({@code SELECT … FOR UPDATE}, on MariaDB and H2 alike) taken by {@link
 * #lock} and held until the caller's transaction ends. The counters and the rule (a group is
 * admitted whole or waits) live in {@link MeetingPlaces}: the lock reads only what the decision
 * needs, and a decision writes only the counters.
 */
@ApplicationScoped
public class Places {

  /** What registering needs to know of a meeting whose row this transaction now holds. */
  public record Locked(
      long meetingId,
      boolean draft,
      boolean cancelled,
      boolean registrationOpen,
      Instant start,
      java.util.List<SlotTime> slots) {

    /** Whether residents book slots of this meeting rather than places. */
    public boolean hasSlots() {
      return !slots.isEmpty();
    }
  }

  private static final String LOCKED = Places.class.getName() + ".locked";

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Resource TransactionSynchronizationRegistry transaction;

  /** Locks the meeting's row for the rest of the transaction; empty if there is no such meeting. */
  public Optional<Locked> lock(long meetingId) {
    // an organiser's change of this transaction (more places, another time) is what the lock must
    // read: the row is read from the database, not from the meeting held in memory
    em.flush();
    MeetingPlaces meeting = em.find(MeetingPlaces.class, meetingId, LockModeType.PESSIMISTIC_WRITE);
    if (meeting == null) {
      return Optional.empty();
    }
    lockedMeetings().add(meetingId);
    return Optional.of(
        new Locked(
            meetingId,
            meeting.status() == MeetingStatus.DRAFT,
            meeting.status() == MeetingStatus.CANCELLED,
            meeting.registrationOpen(clock.instant()),
            meeting.start(),
            SlotTime.of(meeting.slotList())));
  }

  /**
   * Admits a group into places if it fits (true), else onto the waiting list (false). Needs {@link
   * #lock} first.
   */
  public boolean admit(long meetingId, int persons) {
    return locked(meetingId).admit(persons) == MeetingPlaces.Admission.CONFIRMED;
  }

  /**
   * Counts a group that booked a slot as holding places (the slot's seats decided, not the
   * capacity). Needs {@link #lock} first.
   */
  public void seat(long meetingId, int persons) {
    locked(meetingId).seat(persons);
  }

  /** Moves a waiting group into places, if it fits now. Needs {@link #lock} first. */
  public boolean promote(long meetingId, int persons) {
    return locked(meetingId).promote(persons);
  }

  /**
   * Gives back the places (or waiting-list entries) of a cancelled group. Needs {@link #lock}
   * first.
   */
  public void release(long meetingId, int persons, boolean confirmed) {
    locked(meetingId).release(persons, confirmed);
  }

  private MeetingPlaces locked(long meetingId) {
    if (!lockedMeetings().contains(meetingId)) {
      throw new IllegalStateException(
          "meeting " + meetingId + " is not locked by this transaction");
    }
    return em.find(MeetingPlaces.class, meetingId);
  }

  /** The meetings whose rows this transaction locked (kept with the transaction, gone with it). */
  @SuppressWarnings("unchecked")
  private Set<Long> lockedMeetings() {
    Set<Long> locked = (Set<Long>) transaction.getResource(LOCKED);
    if (locked == null) {
      locked = new HashSet<>();
      transaction.putResource(LOCKED, locked);
    }
    return locked;
  }
}
