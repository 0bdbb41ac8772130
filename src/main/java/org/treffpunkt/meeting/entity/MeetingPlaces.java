package org.treffpunkt.meeting.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import org.hibernate.annotations.DynamicUpdate;

/**
 * The places of a meeting, as registration decides about them: the same row as {@link Meeting}, but
 * only what a decision about places reads (status, registration window, time, capacity, slot plan)
 * and the two counters it writes. Locking and reading it is one narrow {@code SELECT … FOR UPDATE}
 * of the meeting row (not the meeting with its texts, languages and partners), and a decision
 * writes only the counters ({@code UPDATE meeting SET confirmed_persons = …}): the counters belong
 * to this entity alone, {@link Meeting} reads them but never writes them, so an organiser's edit
 * cannot write back counters it read before a registration. The rule (a group is admitted whole or
 * waits) lives here.
 */
@Entity
@Table(name = "meeting")
@DynamicUpdate
public class MeetingPlaces {

  @Id private Long id;

  @Enumerated(EnumType.STRING)
  @Column(insertable = false, updatable = false)
  private MeetingStatus status;

  @Column(name = "registration_required", insertable = false, updatable = false)
  private boolean registrationRequired;

  @Column(name = "registration_opens_at", insertable = false, updatable = false)
  private Instant registrationOpens;

  @Column(name = "registration_closes_at", insertable = false, updatable = false)
  private Instant registrationCloses;

  @Column(name = "starts_at", insertable = false, updatable = false)
  private Instant startsAt;

  @Column(name = "ends_at", insertable = false, updatable = false)
  private Instant endsAt;

  @Column(insertable = false, updatable = false)
  private Integer capacity;

  @Embedded
  @AttributeOverride(
      name = "minutes",
      column = @Column(name = "slot_minutes", insertable = false, updatable = false))
  @AttributeOverride(
      name = "parallel",
      column = @Column(name = "slot_parallel", insertable = false, updatable = false))
  @AttributeOverride(
      name = "walkIn",
      column = @Column(name = "slot_walk_in", insertable = false, updatable = false))
  private SlotPlan slots;

  @Column(name = "confirmed_persons", nullable = false)
  private int confirmedPersons;

  @Column(name = "waiting_persons", nullable = false)
  private int waitingPersons;

  protected MeetingPlaces() {}

  /**
   * Counters of a meeting with {@code capacity} places (null: unlimited), none taken yet — for the
   * rule's unit tests; the application reads them from the meeting's row.
   */
  public static MeetingPlaces of(Integer capacity) {
    MeetingPlaces places = new MeetingPlaces();
    places.capacity = capacity;
    return places;
  }

  /** The outcome of asking for places. */
  public enum Admission {
    CONFIRMED,
    WAITLISTED
  }

  /**
   * Gives {@code persons} places if they all fit, else puts them on the waiting list as a whole.
   * The caller holds the meeting's row lock, so concurrent registrations are decided one after the
   * other and the capacity is never exceeded.
   */
  public Admission admit(int persons) {
    if (persons < 1) {
      throw new IllegalArgumentException("at least one person");
    }
    if (fits(persons)) {
      confirmedPersons += persons;
      return Admission.CONFIRMED;
    }
    waitingPersons += persons;
    return Admission.WAITLISTED;
  }

  /**
   * Counts a group that booked a slot as holding places: a slot's seats, not the capacity, decide
   * about it (the caller checked them under the meeting's row lock).
   */
  public void seat(int persons) {
    confirmedPersons += persons;
  }

  /** Moves a waiting group into places, if it fits now. */
  public boolean promote(int persons) {
    if (!fits(persons)) {
      return false;
    }
    waitingPersons -= persons;
    confirmedPersons += persons;
    return true;
  }

  /** Gives back the places (or waiting-list entries) of a cancelled registration. */
  public void release(int persons, boolean confirmed) {
    if (confirmed) {
      confirmedPersons = Math.max(0, confirmedPersons - persons);
    } else {
      waitingPersons = Math.max(0, waitingPersons - persons);
    }
  }

  private boolean fits(int persons) {
    return capacity == null || confirmedPersons + persons <= capacity;
  }

  public MeetingStatus status() {
    return status;
  }

  /** The same rule as {@link Meeting#registrationOpen}. */
  public boolean registrationOpen(Instant now) {
    return Meeting.registrationOpen(
        status, registrationRequired, registrationOpens, registrationCloses, startsAt, now);
  }

  public Instant start() {
    return startsAt;
  }

  /** The bookable slots, or an empty list for a meeting without slots. */
  public List<SlotPlan.Slot> slotList() {
    return slots == null ? List.of() : slots.slots(startsAt, endsAt);
  }

  public int confirmedPersons() {
    return confirmedPersons;
  }

  public int waitingPersons() {
    return waitingPersons;
  }
}
