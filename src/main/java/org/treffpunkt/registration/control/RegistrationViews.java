package org.treffpunkt.registration.control;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.treffpunkt.meeting.control.MeetingView;
import org.treffpunkt.meeting.control.MeetingViews;
import org.treffpunkt.platform.PublicLinks;
import org.treffpunkt.platform.i18n.CurrentLanguage;
import org.treffpunkt.registration.entity.Notice;
import org.treffpunkt.registration.entity.Registration;

/** Builds registration views and receipts. */
@RequestScoped
public class RegistrationViews {

  @Inject RegistrationDesk desk;
  @Inject MeetingViews meetings;
  @Inject PublicLinks links;
  @Inject CurrentLanguage language;
  @Inject Notices notices;
  @Inject java.time.Clock clock;

  public RegistrationView.Receipt receipt(RegistrationDesk.Outcome outcome) {
    Registration r = outcome.registration();
    return new RegistrationView.Receipt(
        r.code(),
        outcome.token(),
        r.status().name(),
        outcome.waitlistPosition(),
        selfServiceUrl(outcome.token()),
        icsUrl(outcome.token()),
        slotOf(r),
        r.topic());
  }

  private static java.time.OffsetDateTime slotOf(Registration r) {
    return r.slotStart() == null
        ? null
        : r.slotStart().atZone(org.treffpunkt.platform.ClockProducer.BERLIN).toOffsetDateTime();
  }

  public String icsUrl(String token) {
    return links.registrationCalendar(token);
  }

  public String selfServiceUrl(String token) {
    return links.selfService(token);
  }

  public RegistrationView of(Registration r) {
    MeetingView meeting = meetings.find(r.meetingId());
    return of(r, meeting, desk.waitlistPosition(r), noticesOf(meeting));
  }

  /**
   * Views of some registrations of one meeting: the meeting and its waiting list are read once, not
   * once per registration (positions count the whole waiting list, also when a partner sees only
   * its own).
   */
  public List<RegistrationView> ofMeeting(long meetingId, List<Registration> registrations) {
    MeetingView meeting = meetings.find(meetingId);
    Map<Long, Integer> positions = new HashMap<>();
    List<Registration> waiting = desk.waitingList(meetingId);
    for (int i = 0; i < waiting.size(); i++) {
      positions.put(waiting.get(i).getId(), i + 1);
    }
    List<Notice> meetingNotices = noticesOf(meeting);
    return registrations.stream()
        .map(r -> of(r, meeting, positions.getOrDefault(r.getId(), 0), meetingNotices))
        .toList();
  }

  /** The meeting's notices until it is over; afterwards none are shown. */
  private List<Notice> noticesOf(MeetingView meeting) {
    return meeting.end().toInstant().isAfter(clock.instant())
        ? notices.ofMeeting(meeting.id())
        : List.of();
  }

  private RegistrationView of(
      Registration r, MeetingView meeting, int waitlistPosition, List<Notice> meetingNotices) {
    return new RegistrationView(
        r.code(),
        r.status().name(),
        waitlistPosition,
        meeting.id(),
        meeting.title(),
        meeting.start(),
        meeting.url(),
        r.name(),
        r.email(),
        r.phone(),
        r.adults(),
        r.children(),
        r.languages().stream().sorted().toList(),
        r.interpreterLanguage(),
        new RegistrationView.Needs(r.needsStepFree(), r.needsChildcare(), r.needsOther()),
        r.remark(),
        r.locale(),
        new RegistrationView.TargetGroup(r.nonEuCitizen(), r.firstVisit()),
        r.onBehalf(),
        r.attended(),
        r.createdAt(),
        Notices.forRegistrant(meetingNotices, r.createdAt(), language.get()),
        slotOf(r),
        r.topic());
  }

  /**
   * The meeting a self-service token's registration is for (the registrant's own calendar entry),
   * if any.
   */
  public java.util.Optional<Long> meetingIdOf(String token) {
    return desk.byToken(token).map(Registration::meetingId);
  }
}
