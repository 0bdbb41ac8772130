package org.treffpunkt.registration.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.treffpunkt.meeting.control.MeetingCatalogue;
import org.treffpunkt.meeting.control.MeetingView;
import org.treffpunkt.meeting.control.MeetingViews;
import org.treffpunkt.platform.FormProblems;
import org.treffpunkt.platform.ProblemException;
import org.treffpunkt.platform.access.Authorization;
import org.treffpunkt.platform.access.Permission;
import org.treffpunkt.platform.i18n.CurrentLanguage;
import org.treffpunkt.registration.control.RegistrationDesk;
import org.treffpunkt.registration.control.RegistrationView;
import org.treffpunkt.registration.control.RegistrationViews;

/**
 * The back-office list of a meeting's registrations with status, waiting position and needs; organisers cancel or move
 * someone up by hand, partners see only the registrations they made.
 */
@Named
@ViewScoped
public class RegistrationBoard implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject RegistrationDesk desk;
  @Inject RegistrationViews views;
  @Inject MeetingCatalogue catalogue;
  @Inject MeetingViews meetingViews;
  @Inject Authorization authorization;
  @Inject CurrentLanguage language;
  @Inject FacesContext faces;

  private Long meetingId;

  /** Read once (EL asks many times while rendering) and again after each action of this page. */
  private transient MeetingView meeting;
  private transient List<RegistrationView> registrations;

  /** A meeting the caller may not see, or none, is a 404 page. */
  public void load() throws java.io.IOException {
    try {
      getMeeting();
    } catch (ProblemException notVisible) {
      org.treffpunkt.platform.ErrorPage.notFound(faces);
    }
  }

  public MeetingView getMeeting() {
    if (meeting == null) {
      meeting = meetingViews.of(catalogue.visible(meetingId));
    }
    return meeting;
  }

  /** The list; read (and recorded in the audit log) once per page view and after each action. */
  public List<RegistrationView> getRegistrations() {
    if (registrations == null) {
      registrations = views.ofMeeting(meetingId, desk.forStaff(meetingId));
    }
    return registrations;
  }

  /** Whether the cancel and move-up buttons are offered (partners see their registrations only). */
  public boolean isOrganiser() {
    return authorization.may(Permission.HANDLE_REGISTRATIONS);
  }

  public void cancel(String code) {
    act(() -> desk.cancelByStaff(meetingId, code));
  }

  public void promote(String code) {
    act(() -> desk.promoteByStaff(meetingId, code));
  }

  private void act(Runnable action) {
    try {
      action.run();
      meeting = null;
      registrations = null;
    } catch (ProblemException problem) {
      FormProblems.show(faces, problem, language.get(), field -> null);
    }
  }

  public Long getMeetingId() { return meetingId; }
  public void setMeetingId(Long meetingId) { this.meetingId = meetingId; }
}
