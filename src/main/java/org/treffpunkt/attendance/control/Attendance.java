package org.treffpunkt.attendance.control;

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
import org.treffpunkt.attendance.entity.WalkIn;
import org.treffpunkt.audit.control.AuditLog;
import org.treffpunkt.meeting.control.MeetingCatalogue;
import org.treffpunkt.meeting.control.MeetingView;
import org.treffpunkt.meeting.control.MeetingViews;
import org.treffpunkt.meeting.control.SlotTime;
import org.treffpunkt.platform.InputValidation;
import org.treffpunkt.platform.ProblemException;
import org.treffpunkt.platform.access.Allowed;
import org.treffpunkt.platform.access.Authorization;
import org.treffpunkt.platform.access.Permission;
import org.treffpunkt.platform.i18n.Language;
import org.treffpunkt.platform.i18n.LanguageCodes;
import org.treffpunkt.registration.control.RegistrationView;
import org.treffpunkt.registration.control.Registrations;

/**
 * The day of a meeting, for organisers: the check-in list, check-in, walk-ins, the attendance
 * figures, and the participant lists as files. Every view of names and every export is recorded in
 * the audit log first.
 */
@ApplicationScoped
@Allowed(Permission.RUN_THE_DAY)
public class Attendance {

  /** A meeting's figures on the day. */
  public record Summary(
      long meetingId,
      int confirmedPersons,
      int attendedPersons,
      int attendedRegistrations,
      int walkInPersons,
      int presentPersons,
      List<WalkIn> walkIns) {}

  /**
   * The body of {@code POST /api/meetings/{id}/walk-ins} and of the check-in page's walk-in form.
   */
  public record WalkInRequest(
      @NotNull(message = "{validation.required}")
          @Min(value = 1, message = "{validation.min}")
          @Max(value = 500, message = "{validation.max}")
          Integer persons,
      String language) {}

  /** A participant list as a file. */
  public record Export(byte[] content, String fileName) {}

  @PersistenceContext EntityManager em;
  @Inject MeetingViews meetings;
  @Inject Registrations registrations;
  @Inject Clock clock;
  @Inject Authorization authorization;
  @Inject InputValidation validation;
  @Inject AuditLog audit;
  @Inject ParticipantLists lists;
  @Inject MeetingCatalogue catalogue;

  /** Marks a registration holding a place as present (again: no change). */
  @Transactional
  public RegistrationView checkIn(long meetingId, String code) {
    return registrations.attend(meetingId, code, authorization.actingUserId());
  }

  @Transactional
  public RegistrationView undoCheckIn(long meetingId, String code) {
    return registrations.undoAttendance(meetingId, code);
  }

  /**
   * Counts people who came without registering; {@code language} (any ISO 639-1 code) may be empty.
   */
  @Transactional
  public WalkIn addWalkIn(long meetingId, WalkInRequest request) {
    meetings.find(meetingId);
    validation.check(request);
    String language = request.language();
    String code =
        language == null || language.isBlank()
            ? null
            : LanguageCodes.normalise(language)
                .orElseThrow(() -> ProblemException.invalid("language", "validation.languageCode"));
    WalkIn walkIn =
        new WalkIn(
            meetingId, request.persons(), code, authorization.actingUserId(), clock.instant());
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
    MeetingView meeting = meetings.find(meetingId);
    Registrations.Present present = registrations.present(meetingId);
    List<WalkIn> walkIns = walkIns(meetingId);
    int walkInPersons = walkIns.stream().mapToInt(WalkIn::persons).sum();
    return new Summary(
        meetingId,
        meeting.confirmedPersons(),
        present.persons(),
        present.registrations(),
        walkInPersons,
        present.persons() + walkInPersons,
        walkIns);
  }

  private List<WalkIn> walkIns(long meetingId) {
    return em.createQuery(
            "select w from WalkIn w where w.meetingId = :m order by w.id", WalkIn.class)
        .setParameter("m", meetingId)
        .getResultList();
  }

  /**
   * The check-in list: those who may come, registrations holding a place first, then those waiting;
   * by name. Recorded in the audit log (it lists names).
   */
  public List<RegistrationView> checkInList(long meetingId) {
    meetings.find(meetingId);
    List<RegistrationView> participants =
        ParticipantLists.listed(registrations.of(meetingId)).stream()
            .sorted(
                Comparator.comparing((RegistrationView r) -> !ParticipantLists.holdsPlace(r))
                    .thenComparing(
                        RegistrationView::slot,
                        Comparator.nullsLast(Comparator.<java.time.OffsetDateTime>naturalOrder()))
                    .thenComparing(
                        r -> r.name() == null ? "" : r.name(), String.CASE_INSENSITIVE_ORDER)
                    .thenComparing(RegistrationView::code))
            .toList();
    audit.checkInListViewed(meetingId, participants.size());
    return participants;
  }

  /**
   * One slot of an advice hour on the day: its time, seats, seats kept for walk-ins, bookings
   * holding it, those seen, and the walk-ins counted while it ran. No names.
   */
  public record SlotLine(
      java.time.OffsetDateTime start,
      java.time.OffsetDateTime end,
      int seats,
      int walkInSeats,
      int booked,
      int seen,
      int walkInPersons) {}

  /**
   * The advice hour's day plan, slot by slot (empty for a meeting without slots); a walk-in counts
   * in the slot during which it was recorded (before the first: the first; after the last: the
   * last).
   */
  public List<SlotLine> dayPlan(long meetingId) {
    List<SlotTime> slots = catalogue.slots(meetingId);
    if (slots.isEmpty()) {
      return List.of();
    }
    List<RegistrationView> holding =
        registrations.of(meetingId).stream()
            .filter(r -> r.slot() != null && "CONFIRMED".equals(r.status()))
            .toList();
    int[] walkInsPerSlot = new int[slots.size()];
    for (WalkIn w : walkIns(meetingId)) {
      int index = 0;
      while (index < slots.size() - 1 && !w.recordedAt().isBefore(slots.get(index).end())) {
        index++;
      }
      walkInsPerSlot[index] += w.persons();
    }
    List<SlotLine> lines = new java.util.ArrayList<>();
    for (int i = 0; i < slots.size(); i++) {
      SlotTime slot = slots.get(i);
      List<RegistrationView> inSlot =
          holding.stream().filter(r -> r.slot().toInstant().equals(slot.start())).toList();
      lines.add(
          new SlotLine(
              slot.start().atZone(org.treffpunkt.platform.ClockProducer.BERLIN).toOffsetDateTime(),
              slot.end().atZone(org.treffpunkt.platform.ClockProducer.BERLIN).toOffsetDateTime(),
              slot.seats(),
              slot.walkInSeats(),
              inSlot.size(),
              (int) inSlot.stream().filter(RegistrationView::attended).count(),
              walkInsPerSlot[i]));
    }
    return lines;
  }

  /** The participant list for German Excel; recorded in the audit log before it leaves. */
  @Allowed(Permission.EXPORT_PARTICIPANTS)
  public Export participantsCsv(long meetingId) {
    MeetingView meeting = meetings.find(meetingId);
    List<RegistrationView> all = registrations.of(meetingId);
    audit.participantsExportedAsCsv(meetingId, ParticipantLists.listed(all).size());
    return new Export(lists.csv(all), fileName(meeting, "csv"));
  }

  /** The printable sign-in sheet (German); recorded in the audit log before it leaves. */
  @Allowed(Permission.EXPORT_PARTICIPANTS)
  public Export signInSheet(long meetingId) {
    MeetingView meeting =
        meetings.find(meetingId, Language.DEFAULT).orElseThrow(ProblemException::notFound);
    List<RegistrationView> all = registrations.of(meetingId);
    audit.signInSheetExportedAsPdf(meetingId, ParticipantLists.listed(all).size());
    return new Export(lists.signInSheet(meeting, all), fileName(meeting, "pdf"));
  }

  private static String fileName(MeetingView meeting, String extension) {
    return "teilnahmeliste-" + meeting.start().toLocalDate() + "-" + meeting.id() + "." + extension;
  }
}
