package org.treffpunkt.attendance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.treffpunkt.audit.AuditEntry;
import org.treffpunkt.audit.AuditLog;
import org.treffpunkt.meeting.control.MeetingCatalogue;
import org.treffpunkt.meeting.entity.Meeting;
import org.treffpunkt.platform.InputValidation;
import org.treffpunkt.platform.ProblemException;
import org.treffpunkt.platform.access.Allowed;
import org.treffpunkt.platform.access.Authorization;
import org.treffpunkt.platform.access.Permission;
import org.treffpunkt.platform.i18n.LanguageCodes;
import org.treffpunkt.registration.control.RegistrationDesk;
import org.treffpunkt.registration.entity.Registration;
import org.treffpunkt.registration.entity.RegistrationStatus;

/**
 * The day of a meeting, for organisers: the check-in list, check-in, walk-ins, the attendance figures, and the
 * participant lists as files. Every view of names and every export is recorded in the audit log first.
 */
@ApplicationScoped
@Allowed(Permission.RUN_THE_DAY)
public class Attendance {

  /** A meeting's figures on the day. */
  public record Summary(long meetingId, int confirmedPersons, int attendedPersons, int attendedRegistrations,
      int walkInPersons, int presentPersons, List<WalkIn> walkIns) {}

  /** The body of {@code POST /api/meetings/{id}/walk-ins} and of the check-in page's walk-in form. */
  public record WalkInRequest(
      @NotNull(message = "{validation.required}") @Min(value = 1, message = "{validation.min}")
      @Max(value = 500, message = "{validation.max}") Integer persons,
      String language) {}

  /** A participant list as a file. */
  public record Export(byte[] content, String fileName) {}

  @PersistenceContext EntityManager em;
  @Inject MeetingCatalogue meetings;
  @Inject RegistrationDesk desk;
  @Inject Clock clock;
  @Inject Authorization authorization;
  @Inject InputValidation validation;
  @Inject AuditLog audit;
  @Inject ParticipantLists lists;

  /** Marks a registration holding a place as present (again: no change). */
  @Transactional
  public Registration checkIn(long meetingId, String code) {
    Registration registration = registration(meetingId, code);
    if (registration.status() != RegistrationStatus.CONFIRMED) {
      throw ProblemException.conflict("problem.noPlaceToCheckIn");
    }
    registration.attend(authorization.actingUserId(), clock.instant());
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
  public WalkIn addWalkIn(long meetingId, WalkInRequest request) {
    meeting(meetingId);
    validation.check(request);
    String language = request.language();
    String code = language == null || language.isBlank()
        ? null
        : LanguageCodes.normalise(language)
            .orElseThrow(() -> ProblemException.invalid("language", "validation.languageCode"));
    WalkIn walkIn = new WalkIn(meetingId, request.persons(), code, authorization.actingUserId(), clock.instant());
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

  private List<WalkIn> walkIns(long meetingId) {
    return em.createQuery("select w from WalkIn w where w.meetingId = :m order by w.id", WalkIn.class)
        .setParameter("m", meetingId)
        .getResultList();
  }

  /**
   * The check-in list: those who may come, registrations holding a place first, then those waiting; by name.
   * Recorded in the audit log (it lists names).
   */
  public List<Registration> checkInList(long meetingId) {
    meeting(meetingId);
    List<Registration> participants = desk.ofMeeting(meetingId, null).stream()
        .filter(r -> r.status() != RegistrationStatus.CANCELLED)
        .sorted(Comparator.comparing((Registration r) -> r.status() != RegistrationStatus.CONFIRMED)
            .thenComparing(r -> r.name() == null ? "" : r.name(), String.CASE_INSENSITIVE_ORDER)
            .thenComparing(Registration::code))
        .toList();
    audit.record(AuditEntry.Action.CHECK_IN_LIST_VIEWED, meetingId, participants.size());
    return participants;
  }

  /** The participant list for German Excel; recorded in the audit log before it leaves. */
  @Allowed(Permission.EXPORT_PARTICIPANTS)
  public Export participantsCsv(long meetingId) {
    Meeting meeting = meeting(meetingId);
    List<Registration> registrations = desk.ofMeeting(meetingId, null);
    audit.record(AuditEntry.Action.PARTICIPANTS_EXPORTED_CSV, meetingId, ParticipantLists.listed(registrations).size());
    return new Export(lists.csv(registrations), fileName(meeting, "csv"));
  }

  /** The printable sign-in sheet; recorded in the audit log before it leaves. */
  @Allowed(Permission.EXPORT_PARTICIPANTS)
  public Export signInSheet(long meetingId) {
    Meeting meeting = meeting(meetingId);
    List<Registration> registrations = desk.ofMeeting(meetingId, null);
    audit.record(AuditEntry.Action.SIGN_IN_SHEET_EXPORTED_PDF, meetingId,
        ParticipantLists.listed(registrations).size());
    return new Export(lists.signInSheet(meeting, registrations), fileName(meeting, "pdf"));
  }

  private static String fileName(Meeting meeting, String extension) {
    return "teilnahmeliste-" + meeting.schedule().localDate() + "-" + meeting.getId() + "." + extension;
  }

  private Meeting meeting(long meetingId) {
    return meetings.find(meetingId).orElseThrow(ProblemException::notFound);
  }

  private Registration registration(long meetingId, String code) {
    String normalised = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
    return desk.byCode(meetingId, normalised).orElseThrow(ProblemException::notFound);
  }
}
