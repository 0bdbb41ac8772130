package org.treffpunkt.attendance.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.treffpunkt.attendance.control.Attendance;
import org.treffpunkt.attendance.entity.WalkIn;
import org.treffpunkt.feedback.control.FeedbackBox;
import org.treffpunkt.meeting.control.MeetingView;
import org.treffpunkt.meeting.control.MeetingViews;
import org.treffpunkt.platform.ErrorPage;
import org.treffpunkt.platform.FormProblems;
import org.treffpunkt.platform.ProblemException;
import org.treffpunkt.platform.i18n.CurrentLanguage;
import org.treffpunkt.platform.i18n.Language;
import org.treffpunkt.registration.control.RegistrationView;

/**
 * The check-in page for a phone at the door: find someone by name or code (filtered in the browser,
 * so it works on a slow connection), mark them present (or undo), count walk-ins by language. Its
 * list of names is recorded in the audit log (repeated views within minutes count once).
 */
@Named("checkIn")
@ViewScoped
public class CheckInPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Attendance attendance;
  @Inject MeetingViews meetings;
  @Inject CurrentLanguage language;
  @Inject FacesContext faces;
  @Inject FeedbackBox feedback;

  private Long meetingId;
  private Integer walkInPersons = 1;
  private String walkInLanguage;

  private transient MeetingView meeting;
  private transient List<RegistrationView> participants;
  private transient Attendance.Summary summary;
  private transient FeedbackBox.Summary feedbackSummary;

  /** An unknown meeting is a 404 page, not an error. */
  public void load() throws java.io.IOException {
    try {
      getMeeting();
    } catch (ProblemException unknown) {
      ErrorPage.notFound(faces);
    }
  }

  public MeetingView getMeeting() {
    if (meeting == null) {
      meeting = meetings.find(meetingId == null ? -1 : meetingId);
    }
    return meeting;
  }

  /** The check-in list (recorded in the audit log), read once per render. */
  public List<RegistrationView> getParticipants() {
    if (participants == null) {
      participants = attendance.checkInList(meetingId);
    }
    return participants;
  }

  private transient List<Attendance.SlotLine> dayPlan;

  /** For an advice hour with slots: the day slot by slot (no names). */
  public List<Attendance.SlotLine> getDayPlan() {
    if (dayPlan == null) {
      dayPlan = getMeeting().slots() == null ? List.of() : attendance.dayPlan(meetingId);
    }
    return dayPlan;
  }

  public Attendance.Summary getSummary() {
    if (summary == null) {
      summary = attendance.summary(meetingId);
    }
    return summary;
  }

  /** The anonymous feedback given so far (answers and free texts). */
  public FeedbackBox.Summary getFeedback() {
    if (feedbackSummary == null) {
      feedbackSummary = feedback.summary(meetingId);
    }
    return feedbackSummary;
  }

  /**
   * The interface languages first, then whatever languages walk-ins were already counted in here.
   */
  public List<String> getLanguageOptions() {
    List<String> options = new ArrayList<>();
    for (Language l : Language.values()) {
      options.add(l.code());
    }
    getSummary().walkIns().stream()
        .map(WalkIn::language)
        .filter(l -> l != null && !options.contains(l))
        .forEach(options::add);
    return options;
  }

  public void checkIn(String code) {
    act(() -> attendance.checkIn(meetingId, code));
  }

  public void undo(String code) {
    act(() -> attendance.undoCheckIn(meetingId, code));
  }

  public void addWalkIn() {
    act(
        () -> {
          attendance.addWalkIn(
              meetingId, new Attendance.WalkInRequest(walkInPersons, walkInLanguage));
          walkInPersons = 1;
        });
  }

  public void removeWalkIn(long walkInId) {
    act(() -> attendance.removeWalkIn(meetingId, walkInId));
  }

  private void act(Runnable action) {
    try {
      action.run();
      participants = null;
      summary = null;
      dayPlan = null;
    } catch (ProblemException problem) {
      FormProblems.show(
          faces,
          problem,
          language.get(),
          field ->
              switch (field) {
                case "persons" -> "walkins:walkInPersons";
                case "language" -> "walkins:walkInLanguage";
                default -> null;
              });
    }
  }

  public Long getMeetingId() {
    return meetingId;
  }

  public void setMeetingId(Long meetingId) {
    this.meetingId = meetingId;
  }

  public Integer getWalkInPersons() {
    return walkInPersons;
  }

  public void setWalkInPersons(Integer walkInPersons) {
    this.walkInPersons = walkInPersons;
  }

  public String getWalkInLanguage() {
    return walkInLanguage;
  }

  public void setWalkInLanguage(String walkInLanguage) {
    this.walkInLanguage = walkInLanguage;
  }
}
