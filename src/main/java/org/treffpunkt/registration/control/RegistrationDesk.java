package org.treffpunkt.registration.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.treffpunkt.audit.control.AuditLog;
import org.treffpunkt.meeting.control.MeetingCatalogue;
import org.treffpunkt.meeting.control.Places;
import org.treffpunkt.meeting.control.SlotTime;
import org.treffpunkt.platform.ProblemException;
import org.treffpunkt.platform.SecretTokens;
import org.treffpunkt.platform.access.Allowed;
import org.treffpunkt.platform.access.Authorization;
import org.treffpunkt.platform.access.Permission;
import org.treffpunkt.registration.entity.Applicant;
import org.treffpunkt.registration.entity.Registration;
import org.treffpunkt.registration.entity.RegistrationStatus;
import org.treffpunkt.registration.entity.WaitingList;

/**
 * Registering and cancelling. Every decision about places happens while the meeting's row is
 * locked, so the capacity is never exceeded however many people register at the same instant, and
 * the waiting list moves up in the order people joined it, skipping groups that do not fit into the
 * places that became free.
 */
@ApplicationScoped
public class RegistrationDesk {

  /**
   * The answer to a registration; {@code token} is the only copy of the secret the resident ever
   * gets.
   */
  public record Outcome(Registration registration, String token, int waitlistPosition) {}

  @PersistenceContext EntityManager em;
  @Inject MeetingCatalogue meetings;
  @Inject Places places;
  @Inject Secrets secrets;
  @Inject Clock clock;
  @Inject Event<RegistrationChanged> changed;
  @Inject org.treffpunkt.platform.Settings settings;
  @Inject Authorization authorization;
  @Inject AuditLog audit;

  private java.time.Duration reminderLead() {
    return java.time.Duration.ofHours(settings.reminderHours());
  }

  /**
   * Registers, in one transaction; its code is drawn without asking the database, so a code already
   * taken fails the insert: the caller registers again ({@link RegistrationCodes#retryIfTaken}).
   * {@code clientAddress} is the address of a public registration (null for staff), whose places of
   * one meeting are limited ({@code TREFFPUNKT_MAX_PLACES_PER_CLIENT}), decided under the meeting's
   * lock.
   */
  @Transactional
  public Outcome register(
      long meetingId, Applicant applicant, String idempotencyKey, String clientAddress) {
    Places.Locked meeting =
        places.lock(meetingId).filter(m -> !m.draft()).orElseThrow(ProblemException::notFound);
    String idempotencyHash = idempotencyKey == null ? null : SecretTokens.hash(idempotencyKey);
    String fingerprint = SecretTokens.hash(applicant.fingerprint());
    if (idempotencyHash != null) {
      Optional<Registration> earlier = byIdempotencyHash(meetingId, idempotencyHash);
      if (earlier.isPresent()) {
        // the earlier answer holds someone's personal data and token: only for a retry of the very
        // same request
        if (!earlier.get().madeWith(fingerprint)) {
          throw new ProblemException(422, "problem.idempotencyKeyReused");
        }
        return outcome(earlier.get(), secrets.derivedToken(meetingId, idempotencyKey));
      }
    }
    Instant now = clock.instant();
    if (meeting.cancelled()) {
      throw ProblemException.conflict("problem.meetingCancelled");
    }
    if (!meeting.registrationOpen()) {
      throw ProblemException.conflict("problem.registrationClosed");
    }
    String clientMark = clientAddress == null ? null : secrets.clientMark(meetingId, clientAddress);
    int maxPlaces = settings.maxPlacesPerClient();
    if (clientMark != null
        && maxPlaces > 0
        && placesOf(meetingId, clientMark) + applicant.persons() > maxPlaces) {
      throw ProblemException.invalid(
          "adults", "validation.maxPlacesPerClient", settings.maxPlacesPerClient());
    }
    Integer seat = seatFor(meeting, applicant);
    String token =
        idempotencyKey == null
            ? SecretTokens.random()
            : secrets.derivedToken(meetingId, idempotencyKey);
    Registration registration =
        new Registration(
            meetingId,
            applicant,
            RegistrationCodes.random(),
            SecretTokens.hash(token),
            idempotencyHash,
            now);
    if (idempotencyHash != null) {
      registration.rememberRequest(fingerprint);
    }
    registration.cameFrom(clientMark);
    if (seat != null) {
      registration.takeSeat(seat);
      places.seat(meetingId, registration.persons());
      registration.confirm(now);
    } else if (places.admit(meetingId, registration.persons())) {
      registration.confirm(now);
    } else {
      registration.joinWaitingList();
    }
    if (meeting.start().isBefore(now.plus(reminderLead()))) {
      registration.remindedBy(now);
    }
    em.persist(registration);
    em.flush();
    Outcome outcome = outcome(registration, token);
    changed.fire(
        new RegistrationChanged(
            RegistrationChanged.Kind.REGISTERED,
            registrant(registration, outcome.waitlistPosition()),
            token));
    return outcome;
  }

  /**
   * The seat a slot booking gets: the lowest free bookable seat of the slot asked for (read under
   * the meeting's row lock, so no seat is given twice), or 409 when the slot is taken; null for a
   * meeting without slots. A slot booking never waits: the resident picks another slot.
   */
  private Integer seatFor(Places.Locked meeting, Applicant applicant) {
    List<ProblemException.Violation> violations = new ArrayList<>();
    if (!meeting.hasSlots()) {
      if (applicant.slot() != null) {
        violations.add(new ProblemException.Violation("slot", "validation.noSlots"));
      }
      if (applicant.topic() != null) {
        violations.add(new ProblemException.Violation("topic", "validation.noSlots"));
      }
      ProblemException.throwIfAny(violations);
      return null;
    }
    if (applicant.slot() == null) {
      violations.add(new ProblemException.Violation("slot", "validation.required"));
    }
    if (applicant.topic() == null) {
      violations.add(new ProblemException.Violation("topic", "validation.required"));
    }
    ProblemException.throwIfAny(violations);
    SlotTime slot =
        meeting.slots().stream()
            .filter(s -> s.start().equals(applicant.slot()))
            .findFirst()
            .orElseThrow(() -> ProblemException.invalid("slot", "validation.slotUnknown"));
    List<Integer> taken = seatsTaken(meeting.meetingId(), slot.start());
    for (int seat = 0; seat < slot.bookableSeats(); seat++) {
      if (!taken.contains(seat)) {
        return seat;
      }
    }
    throw ProblemException.conflict("problem.slotTaken");
  }

  /** The seats of one slot held by bookings now. */
  private List<Integer> seatsTaken(long meetingId, Instant slotStart) {
    return em.createQuery(
            "select r.slotSeat from Registration r where r.meetingId = :meeting"
                + " and r.slotStart = :start and r.slotSeat is not null",
            Integer.class)
        .setParameter("meeting", meetingId)
        .setParameter("start", slotStart)
        .getResultList();
  }

  /**
   * Bookings holding a seat, per slot start, of a meeting: what {@code GET …/slots} subtracts from
   * the bookable seats.
   */
  public java.util.Map<Instant, Long> seatsTakenBySlot(long meetingId) {
    java.util.Map<Instant, Long> taken = new java.util.HashMap<>();
    em.createQuery(
            "select r.slotStart, count(r) from Registration r where r.meetingId = :meeting"
                + " and r.slotSeat is not null group by r.slotStart",
            Object[].class)
        .setParameter("meeting", meetingId)
        .getResultList()
        .forEach(row -> taken.put((Instant) row[0], ((Number) row[1]).longValue()));
    return taken;
  }

  /**
   * A meeting's registrations with personal data, for staff: organisers all, a partner only those
   * it made (of a meeting it may see). Recorded in the audit log before the data leaves.
   */
  @Allowed(Permission.READ_REGISTRATIONS)
  public List<Registration> forStaff(long meetingId) {
    meetings.checkVisible(meetingId);
    Long onlyOfPartner =
        authorization.ownRegistrationsOnly(Permission.READ_REGISTRATIONS).orElse(null);
    List<Registration> registrations = ofMeeting(meetingId, onlyOfPartner);
    audit.registrationsViewed(meetingId, registrations.size());
    return registrations;
  }

  /**
   * A staff member cancels a registration; recorded with who and when. The registration is read
   * only once its meeting is locked, so a resident cancelling at the same moment cannot make its
   * places count twice.
   */
  @Transactional
  @Allowed(Permission.HANDLE_REGISTRATIONS)
  public Registration cancelByStaff(long meetingId, String code) {
    Places.Locked meeting = places.lock(meetingId).orElseThrow(ProblemException::notFound);
    Registration registration = lockedByCode(meetingId, code);
    if (registration.status() != RegistrationStatus.CANCELLED) {
      Instant now = clock.instant();
      registration.handledBy(authorization.actingUserId(), now);
      cancelLocked(meeting, registration, now);
    }
    return registration;
  }

  /**
   * A staff member moves one waiting registration up out of turn (e.g. a family that must come
   * together); it needs free places like everyone else, so the capacity still holds. Recorded with
   * who and when.
   */
  @Transactional
  @Allowed(Permission.HANDLE_REGISTRATIONS)
  public Registration promoteByStaff(long meetingId, String code) {
    places.lock(meetingId).orElseThrow(ProblemException::notFound);
    Registration current = lockedByCode(meetingId, code);
    Instant now = clock.instant();
    if (!current.moveUp(persons -> places.promote(meetingId, persons), now)) {
      throw ProblemException.conflict("problem.noPlaces");
    }
    current.handledBy(authorization.actingUserId(), now);
    changed.fire(
        new RegistrationChanged(RegistrationChanged.Kind.PROMOTED, registrant(current, 0)));
    return current;
  }

  /** Cancels the registration and moves the waiting list up; returns those who got a place. */
  @Transactional
  public List<Registration> cancel(Registration registration) {
    Places.Locked meeting =
        places.lock(registration.meetingId()).orElseThrow(ProblemException::notFound);
    Registration current =
        em.find(Registration.class, registration.getId()); // first read under the lock
    if (current.status() == RegistrationStatus.CANCELLED) {
      return List.of();
    }
    return cancelLocked(meeting, current, clock.instant());
  }

  private List<Registration> cancelLocked(
      Places.Locked meeting, Registration registration, Instant now) {
    boolean held = registration.cancel(now);
    places.release(meeting.meetingId(), registration.persons(), held);
    changed.fire(
        new RegistrationChanged(RegistrationChanged.Kind.CANCELLED, registrant(registration, 0)));
    return promoteWaiting(meeting, now);
  }

  /**
   * A registration of a meeting whose row this transaction has just locked. It must be the
   * transaction's first read of it (read committed: it sees every change committed under the lock
   * before).
   */
  private Registration lockedByCode(long meetingId, String code) {
    String normalised = code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT);
    return byCode(meetingId, normalised).orElseThrow(ProblemException::notFound);
  }

  /**
   * Claims the reminder of a registration for this server: true for exactly one caller, however
   * many servers run the reminder job at the same time.
   */
  @Transactional
  public boolean claimReminder(long registrationId) {
    return em.createQuery(
                "update Registration r set r.reminderSentAt = :now"
                    + " where r.id = :id and r.reminderSentAt is null and r.status = :confirmed")
            .setParameter("now", clock.instant())
            .setParameter("id", registrationId)
            .setParameter("confirmed", RegistrationStatus.CONFIRMED)
            .executeUpdate()
        == 1;
  }

  /**
   * Confirmed registrations with an e-mail address, not yet reminded, of published meetings
   * starting before {@code until}, the soonest meeting first.
   */
  public List<RegistrationChanged.Registrant> dueForReminder(Instant until) {
    List<Long> soon = meetings.publishedStartingBetween(clock.instant(), until);
    if (soon.isEmpty()) {
      return List.of();
    }
    List<Registration> due =
        new ArrayList<>(
            em.createQuery(
                    "select r from Registration r where r.meetingId in :soon"
                        + " and r.status = :confirmed and r.email is not null and r.reminderSentAt is null",
                    Registration.class)
                .setParameter("soon", soon)
                .setParameter("confirmed", RegistrationStatus.CONFIRMED)
                .setMaxResults(500)
                .getResultList());
    due.sort(java.util.Comparator.comparingInt(r -> soon.indexOf(r.meetingId())));
    return due.stream().map(r -> registrant(r, 0)).toList();
  }

  public Optional<Registration> byCode(long meetingId, String code) {
    return em.createQuery(
            "select r from Registration r where r.meetingId = :meeting and r.code = :code",
            Registration.class)
        .setParameter("meeting", meetingId)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }

  public Optional<Registration> find(long id) {
    return Optional.ofNullable(em.find(Registration.class, id));
  }

  /** More places (or fewer) after an organiser's edit: whoever fits now moves up, in order. */
  void onReplanned(
      @jakarta.enterprise.event.Observes
          org.treffpunkt.meeting.control.MeetingReplanned replanned) {
    places.lock(replanned.meetingId()).ifPresent(m -> promoteWaiting(m, clock.instant()));
  }

  private List<Registration> promoteWaiting(Places.Locked meeting, Instant now) {
    if (meeting.cancelled()) {
      return List.of();
    }
    List<Registration> movedUp =
        WaitingList.moveUp(
            waitingList(meeting.meetingId()),
            persons -> places.promote(meeting.meetingId(), persons),
            now);
    movedUp.forEach(
        r ->
            changed.fire(
                new RegistrationChanged(RegistrationChanged.Kind.PROMOTED, registrant(r, 0))));
    return movedUp;
  }

  /**
   * Anonymises up to {@code max} registrations of meetings that ended before {@code cutoff} and are
   * not yet anonymised, in one transaction; returns how many.
   */
  @Transactional
  public int anonymiseBefore(Instant cutoff, int max) {
    List<Long> ended = meetings.endedBefore(cutoff);
    List<Registration> due = new ArrayList<>();
    for (int from = 0; from < ended.size() && due.size() < max; from += 1_000) {
      due.addAll(
          em.createQuery(
                  "select r from Registration r where r.anonymisedAt is null"
                      + " and r.meetingId in :ended order by r.id",
                  Registration.class)
              .setParameter("ended", ended.subList(from, Math.min(ended.size(), from + 1_000)))
              .setMaxResults(max - due.size())
              .getResultList());
    }
    Instant now = clock.instant();
    due.forEach(r -> r.anonymise(now));
    return due.size();
  }

  /**
   * A resident deletes their data at once: the registration is cancelled (the waiting list moves
   * up) and anonymised like after the retention period; the token stops working.
   */
  @Transactional
  public void erase(Registration registration) {
    cancel(registration);
    em.find(Registration.class, registration.getId()).anonymise(clock.instant());
  }

  public Optional<Registration> byToken(String token) {
    if (token == null || token.length() < 20 || token.length() > 100) {
      return Optional.empty();
    }
    return em.createNamedQuery(Registration.BY_TOKEN_HASH, Registration.class)
        .setParameter("hash", SecretTokens.hash(token))
        .getResultStream()
        .findFirst();
  }

  public List<Registration> waitingList(long meetingId) {
    return em.createNamedQuery(Registration.WAITING, Registration.class)
        .setParameter("meeting", meetingId)
        .setParameter("status", RegistrationStatus.WAITLISTED)
        .getResultList();
  }

  /**
   * All registrations of a meeting in the order they came in; only those a partner made, for a
   * partner.
   */
  public List<Registration> ofMeeting(long meetingId, Long onlyOfPartner) {
    var query =
        em.createQuery(
                "select r from Registration r where r.meetingId = :meeting"
                    + (onlyOfPartner == null ? "" : " and r.registeredByPartnerId = :partner")
                    + " order by r.id",
                Registration.class)
            .setParameter("meeting", meetingId);
    if (onlyOfPartner != null) {
      query.setParameter("partner", onlyOfPartner);
    }
    return query.getResultList();
  }

  /** 1 for the first group waiting, 0 for a registration that is not waiting. */
  public int waitlistPosition(Registration registration) {
    if (registration.status() != RegistrationStatus.WAITLISTED) {
      return 0;
    }
    return em.createQuery(
            "select count(r) from Registration r where r.meetingId = :meeting and r.status = :status and r.id <= :id",
            Long.class)
        .setParameter("meeting", registration.meetingId())
        .setParameter("status", RegistrationStatus.WAITLISTED)
        .setParameter("id", registration.getId())
        .getSingleResult()
        .intValue();
  }

  static RegistrationChanged.Registrant registrant(Registration r, int waitlistPosition) {
    return new RegistrationChanged.Registrant(
        r.getId(),
        r.meetingId(),
        r.code(),
        r.name(),
        r.email(),
        r.locale(),
        r.status() == RegistrationStatus.CONFIRMED,
        waitlistPosition,
        r.slotStart());
  }

  private Outcome outcome(Registration registration, String token) {
    return new Outcome(registration, token, waitlistPosition(registration));
  }

  /** Persons holding a place or waiting from one client (its mark) at one meeting. */
  private long placesOf(long meetingId, String clientMark) {
    Long persons =
        em.createQuery(
                "select sum(r.adults + r.children) from Registration r where r.meetingId = :meeting"
                    + " and r.clientMark = :mark and r.status <> :cancelled",
                Long.class)
            .setParameter("meeting", meetingId)
            .setParameter("mark", clientMark)
            .setParameter("cancelled", RegistrationStatus.CANCELLED)
            .getSingleResult();
    return persons == null ? 0 : persons;
  }

  private Optional<Registration> byIdempotencyHash(long meetingId, String hash) {
    return em.createQuery(
            "select r from Registration r where r.meetingId = :meeting and r.idempotencyHash = :hash",
            Registration.class)
        .setParameter("meeting", meetingId)
        .setParameter("hash", hash)
        .getResultStream()
        .findFirst();
  }
}
