package org.treffpunkt.registration.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.treffpunkt.platform.ProblemException;

/**
 * One resident's (or one group's) registration for one meeting. Personal data is kept to what the
 * meeting needs: a name or nickname, optionally a way to reach them, and their needs. The secret
 * self-service token is stored only as a hash.
 */
@Entity
@Table(name = "registration")
@NamedQuery(
    name = Registration.BY_TOKEN_HASH,
    query = "select r from Registration r where r.tokenHash = :hash")
@NamedQuery(
    name = Registration.WAITING,
    query =
        "select r from Registration r where r.meetingId = :meeting and r.status = :status order by r.id")
public class Registration {

  public static final String BY_TOKEN_HASH = "Registration.byTokenHash";
  public static final String WAITING = "Registration.waiting";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "meeting_id", nullable = false)
  private Long meetingId;

  @Column(nullable = false, unique = true, length = 12)
  private String code;

  @Column(name = "token_hash", nullable = false, unique = true, length = 64)
  private String tokenHash;

  @Column(name = "idempotency_hash", length = 64)
  private String idempotencyHash;

  /**
   * For public registrations: a keyed mark of the client address (per meeting), to limit places per
   * client.
   */
  @Column(name = "client_mark", length = 64)
  private String clientMark;

  /** A hash of what was asked for with the idempotency key: a replay must ask for the same. */
  @Column(name = "idempotency_fingerprint", length = 64)
  private String idempotencyFingerprint;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private RegistrationStatus status;

  @Column(length = 100)
  private String name;

  @Column(length = 200)
  private String email;

  @Column(length = 50)
  private String phone;

  @Column(nullable = false)
  private int adults;

  @Column(nullable = false)
  private int children;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "registration_language",
      joinColumns = @JoinColumn(name = "registration_id"))
  @Column(name = "language", nullable = false, length = 3)
  private Set<String> languages = new HashSet<>();

  @Column(name = "interpreter_language", length = 3)
  private String interpreterLanguage;

  @Column(name = "needs_step_free", nullable = false)
  private boolean needsStepFree;

  @Column(name = "needs_childcare", nullable = false)
  private boolean needsChildcare;

  @Column(name = "needs_other", length = 500)
  private String needsOther;

  @Column(length = 1000)
  private String remark;

  @Column(nullable = false, length = 5)
  private String locale;

  @Column(name = "non_eu_citizen")
  private Boolean nonEuCitizen;

  @Column(name = "first_visit")
  private Boolean firstVisit;

  @Column(name = "registered_by_user_id")
  private Long registeredByUserId;

  @Column(name = "registered_by_partner_id")
  private Long registeredByPartnerId;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "confirmed_at")
  private Instant confirmedAt;

  @Column(name = "cancelled_at")
  private Instant cancelledAt;

  @Column(name = "reminder_sent_at")
  private Instant reminderSentAt;

  /** The staff member who last cancelled or moved up this registration by hand. */
  @Column(name = "handled_by_user_id")
  private Long handledByUserId;

  @Column(name = "handled_at")
  private Instant handledAt;

  /** Whether this registration ever waited for a place (the reports count waiting-list use). */
  @Column(nullable = false)
  private boolean waitlisted;

  @Column(name = "promoted_at")
  private Instant promotedAt;

  @Column(name = "attended_at")
  private Instant attendedAt;

  @Column(name = "attended_by_user_id")
  private Long attendedByUserId;

  @Column(name = "anonymised_at")
  private Instant anonymisedAt;

  /** For an advice hour with slots: the start of the slot booked (kept after cancelling). */
  @Column(name = "slot_start")
  private Instant slotStart;

  /**
   * The seat within the slot (0 … parallel advisers − 1) while the booking holds it; null once
   * cancelled, which frees it. Unique per meeting and slot in the database.
   */
  @Column(name = "slot_seat")
  private Integer slotSeat;

  /** What an advice booking is about ({@code AdviceTopic} code); counted by the reports. */
  @Column(length = 20)
  private String topic;

  protected Registration() {}

  public Registration(
      long meetingId,
      Applicant applicant,
      String code,
      String tokenHash,
      String idempotencyHash,
      Instant now) {
    if (applicant.persons() < 1) {
      throw new IllegalArgumentException("at least one person");
    }
    this.meetingId = meetingId;
    this.code = code;
    this.tokenHash = tokenHash;
    this.idempotencyHash = idempotencyHash;
    this.name = applicant.name();
    this.email = applicant.email();
    this.phone = applicant.phone();
    this.adults = applicant.adults();
    this.children = applicant.children();
    this.languages.addAll(applicant.languages());
    this.interpreterLanguage = applicant.interpreterLanguage();
    this.needsStepFree = applicant.needsStepFree();
    this.needsChildcare = applicant.needsChildcare();
    this.needsOther = applicant.needsOther();
    this.remark = applicant.remark();
    this.locale = applicant.locale();
    this.nonEuCitizen = applicant.nonEuCitizen();
    this.firstVisit = applicant.firstVisit();
    this.registeredByUserId = applicant.registeredByUserId();
    this.registeredByPartnerId = applicant.registeredByPartnerId();
    this.createdAt = now;
    this.status = RegistrationStatus.WAITLISTED;
    this.slotStart = applicant.slot();
    this.topic = applicant.topic();
  }

  /** Takes a seat of the slot booked (decided under the meeting's row lock). */
  public void takeSeat(int seat) {
    if (slotStart == null) {
      throw new IllegalStateException("not a slot booking");
    }
    this.slotSeat = seat;
  }

  public Instant slotStart() {
    return slotStart;
  }

  public Integer slotSeat() {
    return slotSeat;
  }

  public String topic() {
    return topic;
  }

  /** Marks a public registration with its client's (keyed, per-meeting) mark. */
  public void cameFrom(String mark) {
    this.clientMark = mark;
  }

  /** Remembers (a hash of) the request made with an idempotency key. */
  public void rememberRequest(String fingerprint) {
    this.idempotencyFingerprint = fingerprint;
  }

  /** Whether a replay of the idempotency key asks for exactly what was asked for the first time. */
  public boolean madeWith(String fingerprint) {
    return idempotencyFingerprint != null && idempotencyFingerprint.equals(fingerprint);
  }

  /** Holds a place now. */
  public void confirm(Instant now) {
    if (status == RegistrationStatus.CANCELLED) {
      throw new IllegalStateException("cancelled");
    }
    status = RegistrationStatus.CONFIRMED;
    confirmedAt = now;
  }

  /** No place free: waits in line. */
  public void joinWaitingList() {
    waitlisted = true;
  }

  /**
   * Moves up from the waiting list into a place, if {@code takePlaces} grants the group's persons
   * (the meeting's places decide); returns whether it did. Only a waiting registration can move up
   * (409 otherwise).
   */
  public boolean moveUp(java.util.function.IntPredicate takePlaces, Instant now) {
    if (status != RegistrationStatus.WAITLISTED) {
      throw ProblemException.conflict("problem.notWaiting");
    }
    if (!takePlaces.test(persons())) {
      return false;
    }
    confirm(now);
    promotedAt = now;
    return true;
  }

  /**
   * Checked in on the day; only a registration holding a place can be (409 otherwise); again: no
   * change.
   */
  public void attend(long staffUserId, Instant now) {
    if (status != RegistrationStatus.CONFIRMED) {
      throw ProblemException.conflict("problem.noPlaceToCheckIn");
    }
    if (attendedAt == null) {
      attendedAt = now;
      attendedByUserId = staffUserId;
    }
  }

  /** Takes back a check-in made by mistake. */
  public void undoAttendance() {
    attendedAt = null;
    attendedByUserId = null;
  }

  public boolean attended() {
    return attendedAt != null;
  }

  /**
   * Removes everything that could identify the resident: name, contact, remark, other needs,
   * languages spoken, the self-service token and the idempotency key (replaced by values no secret
   * can match), and the code printed on paper lists. What the reports count stays: status, group
   * size, interpretation language, access and childcare flags, the voluntary target-group answers,
   * waiting, promotion and attendance.
   */
  public void anonymise(Instant now) {
    name = null;
    email = null;
    phone = null;
    remark = null;
    needsOther = null;
    languages.clear();
    tokenHash = "anonymised-" + id;
    idempotencyHash = null;
    idempotencyFingerprint = null;
    clientMark = null;
    code = "X-" + id;
    anonymisedAt = now;
  }

  /** Gives up the place or the waiting-list entry; returns whether it held a place. */
  public boolean cancel(Instant now) {
    if (status == RegistrationStatus.CANCELLED) {
      throw new IllegalStateException("already cancelled");
    }
    boolean held = status == RegistrationStatus.CONFIRMED;
    status = RegistrationStatus.CANCELLED;
    cancelledAt = now;
    slotSeat = null;
    return held;
  }

  public int persons() {
    return adults + children;
  }

  public boolean onBehalf() {
    return registeredByUserId != null;
  }

  public Long getId() {
    return id;
  }

  public Long meetingId() {
    return meetingId;
  }

  public String code() {
    return code;
  }

  public RegistrationStatus status() {
    return status;
  }

  public String name() {
    return name;
  }

  public String email() {
    return email;
  }

  public String phone() {
    return phone;
  }

  public int adults() {
    return adults;
  }

  public int children() {
    return children;
  }

  public Set<String> languages() {
    return Set.copyOf(languages);
  }

  public String interpreterLanguage() {
    return interpreterLanguage;
  }

  public boolean needsStepFree() {
    return needsStepFree;
  }

  public boolean needsChildcare() {
    return needsChildcare;
  }

  public String needsOther() {
    return needsOther;
  }

  public String remark() {
    return remark;
  }

  public String locale() {
    return locale;
  }

  public Boolean nonEuCitizen() {
    return nonEuCitizen;
  }

  public Boolean firstVisit() {
    return firstVisit;
  }

  public Long registeredByUserId() {
    return registeredByUserId;
  }

  public Long registeredByPartnerId() {
    return registeredByPartnerId;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant confirmedAt() {
    return confirmedAt;
  }

  public Instant cancelledAt() {
    return cancelledAt;
  }

  public Instant reminderSentAt() {
    return reminderSentAt;
  }

  /** Records that a staff member acted on this registration by hand. */
  public void handledBy(long userId, Instant now) {
    this.handledByUserId = userId;
    this.handledAt = now;
  }

  public Long handledByUserId() {
    return handledByUserId;
  }

  public Instant handledAt() {
    return handledAt;
  }

  /** Registering shortly before the meeting: the confirmation is reminder enough. */
  public void remindedBy(Instant confirmation) {
    this.reminderSentAt = confirmation;
  }
}
