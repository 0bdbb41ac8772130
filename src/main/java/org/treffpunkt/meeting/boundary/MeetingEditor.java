package org.treffpunkt.meeting.boundary;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.treffpunkt.meeting.control.CancelRequest;
import org.treffpunkt.meeting.control.MeetingCatalogue;
import org.treffpunkt.meeting.control.MeetingPlanner;
import org.treffpunkt.meeting.control.MeetingRequest;
import org.treffpunkt.meeting.entity.Meeting;
import org.treffpunkt.meeting.entity.MeetingStatus;
import org.treffpunkt.platform.ErrorPage;
import org.treffpunkt.platform.FormProblems;
import org.treffpunkt.platform.ProblemException;
import org.treffpunkt.platform.access.Authorization;
import org.treffpunkt.platform.access.Permission;
import org.treffpunkt.platform.i18n.CurrentLanguage;
import org.treffpunkt.platform.i18n.Language;

/**
 * The back-office form for one meeting, or for a new series. It builds the same request the API
 * takes and goes through the same checks ({@link MeetingPlans}), so the form and the API accept and
 * refuse exactly the same things.
 */
@Named
@ViewScoped
public class MeetingEditor implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject MeetingPlanner planner;
  @Inject MeetingCatalogue catalogue;
  @Inject CurrentLanguage language;
  @Inject FacesContext faces;
  @Inject ExternalContext external;
  @Inject Authorization authorization;

  private Long id;
  private boolean loaded;
  private final MeetingForm form = new MeetingForm();
  private String cancellationReason;
  private MeetingStatus status;
  private Long seriesId;

  /**
   * Loads the meeting to edit ({@code ?id=}), or a copy of one ({@code ?copy=}), once per view; a
   * meeting the caller may not see is a 404 page. Partners see their co-hosted meetings read-only.
   */
  public void load() throws IOException {
    if (loaded) {
      return;
    }
    loaded = true;
    String copy = external.getRequestParameterMap().get("copy");
    if ((id == null || copy != null) && !isMayPlan()) {
      ErrorPage.end(faces, 403); // a new meeting: only for those who plan
      return;
    }
    Long source =
        id != null ? id : copy != null && copy.matches("\\d{1,18}") ? Long.valueOf(copy) : null;
    if (source != null) {
      try {
        fill(catalogue.visible(source));
      } catch (ProblemException notVisible) {
        ErrorPage.notFound(faces);
        return;
      }
    }
    if (copy != null) {
      id = null;
      status = null;
      form.setDate(null);
      seriesId = null;
    }
  }

  private void fill(Meeting meeting) {
    form.fill(meeting.currentPlan());
    status = meeting.status();
    cancellationReason = meeting.cancellationReason();
    seriesId = meeting.seriesId();
  }

  public void save() throws IOException {
    MeetingRequest request = request();
    try {
      if (id != null) {
        planner.replan(id, request);
      } else if (request.recurrence() != null) {
        planner.createSeries(request);
      } else {
        planner.create(request);
      }
    } catch (ProblemException problem) {
      show(problem);
      return;
    }
    external.redirect(external.getRequestContextPath() + "/manage/meetings.xhtml?notice=saved");
  }

  /**
   * Saves the form's time, place, offer and texts for this date and every later date of its series.
   */
  public void saveSeriesFromHere() throws IOException {
    try {
      planner.editSeriesFrom(id, request());
    } catch (ProblemException problem) {
      show(problem);
      return;
    }
    external.redirect(external.getRequestContextPath() + "/manage/meetings.xhtml?notice=saved");
  }

  /**
   * Whether the caller may change meetings; partners see the form read-only, without its buttons.
   */
  public boolean isMayPlan() {
    return authorization.may(Permission.PLAN_MEETINGS);
  }

  public boolean isPartOfSeries() {
    return seriesId != null;
  }

  public void cancelMeeting() throws IOException {
    try {
      planner.cancel(id, new CancelRequest(cancellationReason));
    } catch (ProblemException problem) {
      show(problem);
      return;
    }
    external.redirect(external.getRequestContextPath() + "/manage/meetings.xhtml?notice=cancelled");
  }

  private MeetingRequest request() {
    return form.request(id == null);
  }

  private void show(ProblemException problem) {
    FormProblems.show(faces, problem, language.get(), "form");
  }

  /** The other UI languages, for the translation fields. */
  public List<Language> getTranslations() {
    return Arrays.stream(Language.values()).filter(l -> l != Language.DEFAULT).toList();
  }

  public boolean isCancelled() {
    return status == MeetingStatus.CANCELLED;
  }

  public boolean isEditing() {
    return id != null;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public MeetingForm getForm() {
    return form;
  }

  public String getCancellationReason() {
    return cancellationReason;
  }

  public void setCancellationReason(String cancellationReason) {
    this.cancellationReason = cancellationReason;
  }
}
