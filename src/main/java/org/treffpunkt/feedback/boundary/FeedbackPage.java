package org.treffpunkt.feedback.boundary;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import org.treffpunkt.feedback.control.FeedbackBox;
import org.treffpunkt.feedback.entity.Feedback;
import org.treffpunkt.meeting.control.MeetingView;
import org.treffpunkt.platform.ClientAddress;
import org.treffpunkt.platform.ErrorPage;
import org.treffpunkt.platform.FormProblems;
import org.treffpunkt.platform.ProblemException;
import org.treffpunkt.platform.Settings;
import org.treffpunkt.platform.i18n.CurrentLanguage;

/**
 * The public feedback form ({@code /f/42}): one question, optional text, nothing about the person.
 */
@Named("feedbackForm")
@ViewScoped
public class FeedbackPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject FeedbackBox box;
  @Inject CurrentLanguage language;
  @Inject Settings settings;
  @Inject FacesContext faces;
  @Inject ExternalContext external;

  private Long meetingId;
  private String answer;
  private String comment;
  private boolean sent;

  private MeetingView meeting() {
    return box.meeting(meetingId == null ? -1 : meetingId);
  }

  /** An unknown meeting or a draft is a 404 page. */
  public void load() throws java.io.IOException {
    try {
      meeting();
    } catch (ProblemException notVisible) {
      ErrorPage.notFound(faces);
    }
  }

  public String getTitle() {
    return meeting().title();
  }

  public boolean isOpen() {
    return box.open(meeting());
  }

  public void send() {
    try {
      box.submit(
          meetingId,
          new FeedbackBox.FeedbackRequest(answer(answer), comment),
          ClientAddress.of((HttpServletRequest) external.getRequest(), settings.trustedProxies()),
          language.get().code());
      sent = true;
    } catch (ProblemException problem) {
      FormProblems.show(faces, problem, language.get(), field -> "feedback:" + field);
    }
  }

  /** The radio button's value; anything else counts as not answered. */
  private static Feedback.Answer answer(String value) {
    for (Feedback.Answer a : Feedback.Answer.values()) {
      if (a.name().equals(value)) {
        return a;
      }
    }
    return null;
  }

  public Feedback.Answer[] getAnswers() {
    return Feedback.Answer.values();
  }

  public Long getMeetingId() {
    return meetingId;
  }

  public void setMeetingId(Long meetingId) {
    this.meetingId = meetingId;
  }

  public String getAnswer() {
    return answer;
  }

  public void setAnswer(String answer) {
    this.answer = answer;
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }

  public boolean isSent() {
    return sent;
  }
}
