package org.treffpunkt.attendance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.treffpunkt.meeting.control.MeetingCatalogue;
import org.treffpunkt.meeting.entity.Meeting;
import org.treffpunkt.platform.ProblemException;
import org.treffpunkt.platform.i18n.LanguageCodes;
import org.treffpunkt.registration.control.RegistrationDesk;
import org.treffpunkt.registration.entity.Registration;
import org.treffpunkt.registration.entity.RegistrationStatus;

/** Check-in, walk-ins and the attendance figures of a meeting. */
@ApplicationScoped
public class Attendance {

  /** A meeting's figures on the day. */
  public record Summary(long meetingId, int confirmedPersons, int attendedPersons, int attendedRegistrations,
      int walkInPersons, int presentPersons, List<WalkIn> walkIns) {}

  @PersistenceContext EntityManager em;
  @Inject MeetingCatalogue meetings;
  @Inject RegistrationDesk desk;
  @Inject Clock clock;

  /** Marks a registration holding a place as present (again: no change). */
  @Transactional
  public Registration checkIn(long meetingId, String code, long staffUserId) {
    Registration registration = registration(meetingId, code);
    if (registration.status() != RegistrationStatus.CONFIRMED) {
      throw ProblemException.conflict("problem.noPlaceToCheckIn");
    }
    registration.attend(staffUserId, clock.instant());
    return registration;
  }

  @Transactional
  public Registration undoCheckIn(long meetingId, String code) {
    Registration registration = registration(meetingId, code);
    registration.undoAttendance();
    return registration;
  }

  /** Counts people who came without registering; {@code language} (any ISO 639-1 code) may be empty. */
  @Transactional
  public WalkIn addWalkIn(long meetingId, int persons, String language, long staffUserId) {
    String code = language == null || language.isBlank()
        ? null
        : LanguageCodes.normalise(language)
            .orElseThrow(() -> ProblemException.invalid("language", "validation.languageCode"));
    meeting(meetingId);
    WalkIn walkIn = new WalkIn(meetingId, persons, code, staffUserId, clock.instant());
    em.persist(walkIn);
    return walkIn;
  }

  @Transactional
  public void removeWalkIn(long meetingId, long walkInId) {
    WalkIn walkIn = em.find(WalkIn.class, walkInId);
    if (walkIn == null || !walkIn.meetingId().equals(meetingId)) {
      throw ProblemException.notFound();
    }
    em.remove(walkIn);
  }

  public Summary summary(long meetingId) {
    Meeting meeting = meeting(meetingId);
    List<Registration> attended = em.createQuery("select r from Registration r where r.meetingId = :m"
            + " and r.attendedAt is not null and r.status = :confirmed", Registration.class)
        .setParameter("m", meetingId)
        .setParameter("confirmed", RegistrationStatus.CONFIRMED)
        .getResultList();
    List<WalkIn> walkIns = walkIns(meetingId);
    int attendedPersons = attended.stream().mapToInt(Registration::persons).sum();
    int walkInPersons = walkIns.stream().mapToInt(WalkIn::persons).sum();
    return new Summary(meetingId, meeting.confirmedPersons(), attendedPersons, attended.size(), walkInPersons,
        attendedPersons + walkInPersons, walkIns);
  }

  public List<WalkIn> walkIns(long meetingId) {
    return em.createQuery("select w from WalkIn w where w.meetingId = :m order by w.id", WalkIn.class)
        .setParameter("m", meetingId)
        .getResultList();
  }

  /** Those who may come: registrations holding a place first, then those waiting; by name. */
  public List<Registration> participants(long meetingId) {
    return desk.ofMeeting(meetingId, null).stream()
        .filter(r -> r.status() != RegistrationStatus.CANCELLED)
        .sorted(Comparator.comparing((Registration r) -> r.status() != RegistrationStatus.CONFIRMED)
            .thenComparing(r -> r.name() == null ? "" : r.name(), String.CASE_INSENSITIVE_ORDER)
            .thenComparing(Registration::code))
        .toList();
  }

  private Meeting meeting(long meetingId) {
    return meetings.find(meetingId).orElseThrow(ProblemException::notFound);
  }

  private Registration registration(long meetingId, String code) {
    String normalised = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
    return desk.byCode(meetingId, normalised).orElseThrow(ProblemException::notFound);
  }
}
