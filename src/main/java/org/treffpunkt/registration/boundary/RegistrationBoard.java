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
import org.treffpunkt.platform.i18n.Language;
import org.treffpunkt.registration.control.MessageRequest;
import org.treffpunkt.registration.control.NoticeView;
import org.treffpunkt.registration.control.Notices;
import org.treffpunkt.registration.control.RegistrationDesk;
import org.treffpunkt.registration.control.RegistrationView;
import org.treffpunkt.registration.control.RegistrationViews;
import org.treffpunkt.registration.control.Unreached;

/**
 * The back-office list of a meeting's registrations with status, waiting position and needs;
 * organisers cancel or move someone up by hand, partners see only the registrations they made.
 * Organisers also see what the registrants were told (change notices, messages), whom a notice
 * could not reach by mail (to phone them), and write a message to all.
 */
@Named
@ViewScoped
public class RegistrationBoard implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject RegistrationDesk desk;
  @Inject RegistrationViews views;
  @Inject Notices notices;
  @Inject MeetingCatalogue catalogue;
  @Inject MeetingViews meetingViews;
  @Inject Authorization authorization;
  @Inject CurrentLanguage language;
  @Inject FacesContext faces;

  private Long meetingId;

  /** Read once (EL asks many times while rendering) and again after each action of this page. */
  private transient MeetingView meeting;

  private transient List<RegistrationView> registrations;
  private transient List<Unreached> unreached;
  private transient List<NoticeView> told;

  /** The message being written, by language. */
  private final java.util.HashMap<String, String> message = new java.util.HashMap<>();

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

  /** Whether the notices, the unreached and the message form are offered (organisers). */
  public boolean isMayInform() {
    return authorization.may(Permission.INFORM_REGISTRANTS);
  }

  /**
   * Whom a notice could not reach by mail; read (and recorded in the audit log) once per page view
   * and action.
   */
  public List<Unreached> getUnreached() {
    if (unreached == null) {
      unreached = notices.unreached(meetingId);
    }
    return unreached;
  }

  /** What the registrants were told, the oldest first. */
  public List<NoticeView> getTold() {
    if (told == null) {
      told = notices.told(meetingId, language.get());
    }
    return told;
  }

  public void informed(String code) {
    act(() -> notices.informed(meetingId, code));
  }

  /** Sends the message; its field errors come from the same checks as the API's. */
  public void sendMessage() {
    try {
      Notices.Sent sent =
          notices.message(meetingId, new MessageRequest(java.util.Map.copyOf(nonBlank(message))));
      message.clear();
      forget();
      faces.addMessage(
          null,
          new jakarta.faces.application.FacesMessage(
              language.message("notices.sent", sent.registrations(), sent.withoutAddress())));
    } catch (ProblemException problem) {
      FormProblems.show(faces, problem, language.get(), "message");
    }
  }

  /** The other UI languages, for the message's translations. */
  public List<Language> getTranslations() {
    return java.util.Arrays.stream(Language.values()).filter(l -> l != Language.DEFAULT).toList();
  }

  public java.util.Map<String, String> getMessage() {
    return message;
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
      forget();
    } catch (ProblemException problem) {
      FormProblems.show(faces, problem, language.get(), field -> null);
    }
  }

  /** After an action: read everything again. */
  private void forget() {
    meeting = null;
    registrations = null;
    unreached = null;
    told = null;
  }

  private static java.util.Map<String, String> nonBlank(java.util.Map<String, String> texts) {
    java.util.Map<String, String> result = new java.util.HashMap<>();
    texts.forEach(
        (code, text) -> {
          if (text != null && !text.isBlank()) {
            result.put(code, text);
          }
        });
    return result;
  }

  public Long getMeetingId() {
    return meetingId;
  }

  public void setMeetingId(Long meetingId) {
    this.meetingId = meetingId;
  }
}
