package org.treffpunkt.meeting.boundary;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.treffpunkt.meeting.control.CancelRequest;
import org.treffpunkt.meeting.control.MeetingCatalogue;
import org.treffpunkt.meeting.control.MeetingPlanner;
import org.treffpunkt.meeting.control.MeetingRequest;
import org.treffpunkt.meeting.entity.Meeting;
import org.treffpunkt.meeting.entity.MeetingPlan;
import org.treffpunkt.meeting.entity.MeetingStatus;
import org.treffpunkt.platform.ErrorPage;
import org.treffpunkt.platform.FormProblems;
import org.treffpunkt.platform.ProblemException;
import org.treffpunkt.platform.access.Authorization;
import org.treffpunkt.platform.access.Permission;
import org.treffpunkt.platform.i18n.CurrentLanguage;
import org.treffpunkt.platform.i18n.Language;

/**
 * The back-office form for one meeting, or for a new series. It builds the same request the API takes and goes through
 * the same checks ({@link MeetingPlans}), so the form and the API accept and refuse exactly the same things.
 */
@Named
@ViewScoped
public class MeetingEditor implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient MeetingPlanner planner;
  @Inject transient MeetingCatalogue catalogue;
  @Inject transient CurrentLanguage language;
  @Inject transient FacesContext faces;
  @Inject transient ExternalContext external;
  @Inject transient Authorization authorization;

  private Long id;
  private boolean loaded;
  private final Map<String, String> titles = new HashMap<>();
  private final Map<String, String> summaries = new HashMap<>();
  private final Map<String, String> descriptions = new HashMap<>();
  private Long formatId;
  private Long districtId;
  private Long venueId;
  private String onlineUrl;
  private String date;
  private String startTime = "18:00";
  private String endTime = "20:00";
  private Integer capacity;
  private String languages = "de";
  private boolean interpretation;
  private boolean childcare;
  private boolean registrationRequired = true;
  private boolean published = true;
  private List<Long> partnerIds = new ArrayList<>();
  private String contactName;
  private String contactPhone;
  private String contactEmail;
  private String frequency = "";
  private Integer count;
  private String until;
  private String cancellationReason;
  private MeetingStatus status;
  private Long seriesId;

  /**
   * Loads the meeting to edit ({@code ?id=}), or a copy of one ({@code ?copy=}), once per view; a meeting the caller
   * may not see is a 404 page. Partners see their co-hosted meetings read-only.
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
    Long source = id != null ? id : copy != null && copy.matches("\\d{1,18}") ? Long.valueOf(copy) : null;
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
      date = null;
      seriesId = null;
    }
  }

  private void fill(Meeting meeting) {
    MeetingPlan plan = meeting.currentPlan();
    plan.texts().forEach((code, text) -> {
      titles.put(code, text.title());
      summaries.put(code, text.summary());
      descriptions.put(code, text.description());
    });
    formatId = plan.format().getId();
    districtId = plan.district().getId();
    venueId = plan.venue() == null ? null : plan.venue().getId();
    onlineUrl = plan.onlineUrl();
    date = plan.schedule().localDate().toString();
    startTime = plan.schedule().localStart().toLocalTime().toString();
    endTime = plan.schedule().localEnd().toLocalTime().toString();
    capacity = plan.capacity();
    languages = String.join(", ", plan.languages().stream().sorted().toList());
    interpretation = plan.interpretation();
    childcare = plan.childcare();
    registrationRequired = plan.registrationRequired();
    published = plan.published();
    partnerIds = new ArrayList<>(plan.partnerIds());
    contactName = plan.contact().name();
    contactPhone = plan.contact().phone();
    contactEmail = plan.contact().email();
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

  /** Saves the form's time, place, offer and texts for this date and every later date of its series. */
  public void saveSeriesFromHere() throws IOException {
    try {
      planner.editSeriesFrom(id, request());
    } catch (ProblemException problem) {
      show(problem);
      return;
    }
    external.redirect(external.getRequestContextPath() + "/manage/meetings.xhtml?notice=saved");
  }

  /** Whether the caller may change meetings; partners see the form read-only, without its buttons. */
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
    String start = date == null || date.isBlank() ? null : date + "T" + startTime;
    String end = date == null || date.isBlank() ? null : date + "T" + endTime;
    MeetingRequest.RecurrenceRequest recurrence = id == null && frequency != null && !frequency.isBlank()
        ? new MeetingRequest.RecurrenceRequest(frequency, blank(until) ? null : until, count, false)
        : null;
    return new MeetingRequest(nonBlank(titles), nonBlank(summaries), nonBlank(descriptions), formatId, districtId,
        venueId, onlineUrl, start, end, capacity,
        Arrays.stream(languages == null ? new String[0] : languages.split("[,;\\s]+")).filter(s -> !s.isBlank()).toList(),
        interpretation, childcare, registrationRequired, null, null, published, partnerIds,
        new MeetingRequest.ContactRequest(contactName, contactPhone, blank(contactEmail) ? null : contactEmail),
        recurrence);
  }

  private void show(ProblemException problem) {
    FormProblems.show(faces, problem, language.get(), "form");
  }



  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static Map<String, String> nonBlank(Map<String, String> texts) {
    Map<String, String> result = new HashMap<>();
    texts.forEach((k, v) -> {
      if (!blank(v)) {
        result.put(k, v);
      }
    });
    return result;
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

  // getters and setters for the form
  public Long getId() { return id; }
  public void setId(Long id) { this.id = id; }
  public Map<String, String> getTitles() { return titles; }
  public Map<String, String> getSummaries() { return summaries; }
  public Map<String, String> getDescriptions() { return descriptions; }
  public Long getFormatId() { return formatId; }
  public void setFormatId(Long formatId) { this.formatId = formatId; }
  public Long getDistrictId() { return districtId; }
  public void setDistrictId(Long districtId) { this.districtId = districtId; }
  public Long getVenueId() { return venueId; }
  public void setVenueId(Long venueId) { this.venueId = venueId; }
  public String getOnlineUrl() { return onlineUrl; }
  public void setOnlineUrl(String onlineUrl) { this.onlineUrl = onlineUrl; }
  public String getDate() { return date; }
  public void setDate(String date) { this.date = date; }
  public String getStartTime() { return startTime; }
  public void setStartTime(String startTime) { this.startTime = startTime; }
  public String getEndTime() { return endTime; }
  public void setEndTime(String endTime) { this.endTime = endTime; }
  public Integer getCapacity() { return capacity; }
  public void setCapacity(Integer capacity) { this.capacity = capacity; }
  public String getLanguages() { return languages; }
  public void setLanguages(String languages) { this.languages = languages; }
  public boolean isInterpretation() { return interpretation; }
  public void setInterpretation(boolean interpretation) { this.interpretation = interpretation; }
  public boolean isChildcare() { return childcare; }
  public void setChildcare(boolean childcare) { this.childcare = childcare; }
  public boolean isRegistrationRequired() { return registrationRequired; }
  public void setRegistrationRequired(boolean registrationRequired) { this.registrationRequired = registrationRequired; }
  public boolean isPublished() { return published; }
  public void setPublished(boolean published) { this.published = published; }
  public List<Long> getPartnerIds() { return partnerIds; }
  public void setPartnerIds(List<Long> partnerIds) { this.partnerIds = partnerIds; }
  public String getContactName() { return contactName; }
  public void setContactName(String contactName) { this.contactName = contactName; }
  public String getContactPhone() { return contactPhone; }
  public void setContactPhone(String contactPhone) { this.contactPhone = contactPhone; }
  public String getContactEmail() { return contactEmail; }
  public void setContactEmail(String contactEmail) { this.contactEmail = contactEmail; }
  public String getFrequency() { return frequency; }
  public void setFrequency(String frequency) { this.frequency = frequency; }
  public Integer getCount() { return count; }
  public void setCount(Integer count) { this.count = count; }
  public String getUntil() { return until; }
  public void setUntil(String until) { this.until = until; }
  public String getCancellationReason() { return cancellationReason; }
  public void setCancellationReason(String cancellationReason) { this.cancellationReason = cancellationReason; }
}
