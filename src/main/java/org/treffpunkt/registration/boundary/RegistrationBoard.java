package org.treffpunkt.registration.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.treffpunkt.audit.AuditEntry;
import org.treffpunkt.audit.AuditLog;
import org.treffpunkt.meeting.boundary.MeetingAccess;
import org.treffpunkt.meeting.boundary.MeetingView;
import org.treffpunkt.meeting.boundary.MeetingViews;
import org.treffpunkt.platform.FormProblems;
import org.treffpunkt.platform.ProblemException;
import org.treffpunkt.platform.i18n.CurrentLanguage;
import org.treffpunkt.registration.control.RegistrationDesk;
import org.treffpunkt.security.boundary.CurrentUser;
import org.treffpunkt.security.entity.Role;

/**
 * The back-office list of a meeting's registrations with status, waiting position and needs; organisers cancel or move
 * someone up by hand, partners see only the registrations they made.
 */
@Named
@ViewScoped
public class RegistrationBoard implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient RegistrationDesk desk;
  @Inject transient RegistrationViews views;
  @Inject transient MeetingAccess access;
  @Inject transient MeetingViews meetingViews;
  @Inject transient CurrentUser currentUser;
  @Inject transient CurrentLanguage language;
  @Inject transient FacesContext faces;

  @Inject transient AuditLog audit;

  private Long meetingId;
  /** The list is recorded in the audit log once per page view, not on every action. */
  private boolean audited;

  /** Read once (EL asks many times while rendering) and again after each action of this page. */
  private transient MeetingView meeting;
  private transient List<RegistrationView> registrations;

  public MeetingView getMeeting() {
    if (meeting == null) {
      meeting = meetingViews.of(access.visible(meetingId));
    }
    return meeting;
  }

  public List<RegistrationView> getRegistrations() {
    if (registrations == null) {
      Long onlyOfPartner = currentUser.hasRole(Role.ORGANISER) ? null : currentUser.partnerId().orElse(-1L);
      var rows = desk.ofMeeting(meetingId, onlyOfPartner);
      if (!audited) {
        audit.record(AuditEntry.Action.REGISTRATIONS_VIEWED, meetingId, rows.size());
        audited = true;
      }
      registrations = views.ofMeeting(meetingId, rows);
    }
    return registrations;
  }

  public boolean isOrganiser() {
    return currentUser.hasRole(Role.ORGANISER);
  }

  public void cancel(String code) {
    act(() -> desk.byCode(meetingId, code)
        .ifPresent(r -> desk.cancelByStaff(r.getId(), currentUser.account().orElseThrow().getId())));
  }

  public void promote(String code) {
    act(() -> desk.byCode(meetingId, code)
        .ifPresent(r -> desk.promoteByStaff(r.getId(), currentUser.account().orElseThrow().getId())));
  }

  private void act(Runnable action) {
    if (!isOrganiser()) {
      return;
    }
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
