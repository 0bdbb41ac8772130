package org.treffpunkt.registration.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.treffpunkt.meeting.control.MeetingView;
import org.treffpunkt.meeting.control.MeetingViews;
import org.treffpunkt.platform.ErrorPage;
import org.treffpunkt.platform.FormProblems;
import org.treffpunkt.platform.ProblemException;
import org.treffpunkt.platform.i18n.CurrentLanguage;
import org.treffpunkt.registration.control.RegistrationDesk;
import org.treffpunkt.registration.control.RegistrationIntake;
import org.treffpunkt.registration.control.RegistrationRequest;
import org.treffpunkt.registration.control.RegistrationViews;

/**
 * The public registration form, in the visitor's language. It goes through the same checks as the
 * API; a double click sends the same idempotency key (made when the form was shown), so it never
 * registers twice. Whatever was typed stays in the form when something is wrong.
 *
 * <p>The form keeps no state on the server (a transient view, see register.xhtml): a visitor
 * reading or sending it makes no session. What the next request needs travels in the form: the
 * meeting (the field {@code meeting}, read when the bean is made) and the idempotency key (a hidden
 * field).
 */
@Named
@RequestScoped
public class RegistrationForm {

  @Inject org.treffpunkt.meeting.control.MeetingCatalogue catalogue;
  @Inject MeetingViews meetingViews;
  @Inject RegistrationIntake intake;
  @Inject org.treffpunkt.platform.Settings settings;
  @Inject RegistrationViews views;
  @Inject CurrentLanguage language;
  @Inject FacesContext faces;
  @Inject ExternalContext external;

  private Long meetingId;
  private MeetingView meeting;
  private String idempotencyKey = UUID.randomUUID().toString();

  private String name;
  private String email;
  private String phone;
  private Integer adults = 1;
  private Integer children = 0;
  private List<String> languages = new ArrayList<>();
  private boolean needsInterpretation;
  private String interpreterLanguage;
  private boolean needsStepFree;
  private boolean needsChildcare;
  private String otherNeeds;
  private String remark;
  private boolean consent;
  private String nonEuCitizen = "";
  private String firstVisit = "";
  private String website;
  private String slot;
  private String topic;
  private List<org.treffpunkt.registration.control.AdviceSlots.SlotView> slots;
  @Inject org.treffpunkt.registration.control.AdviceSlots adviceSlots;

  /**
   * The meeting asked for: {@code ?meeting=} when the form is shown, the same field when it is sent
   * (read here, not as a view parameter: the sent form's components ask for the meeting before view
   * parameters reach the bean). Not a number: no meeting, a 404.
   */
  @PostConstruct
  void askedFor() {
    String asked = external.getRequestParameterMap().get("meeting");
    if (asked != null && asked.matches("\\d{1,18}")) {
      meetingId = Long.valueOf(asked);
    }
  }

  /** Loads the meeting; a meeting one may not see, or none, is a 404. */
  public void load() throws IOException {
    try {
      meeting();
    } catch (ProblemException | IllegalStateException notVisible) {
      ErrorPage.notFound(faces);
    }
  }

  public MeetingView getMeeting() {
    return meeting();
  }

  private MeetingView meeting() {
    if (meeting == null) {
      if (meetingId == null) {
        throw new IllegalStateException("no meeting");
      }
      meeting = meetingViews.of(catalogue.visible(meetingId));
    }
    return meeting;
  }

  public void submit() throws IOException {
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    try {
      RegistrationRequest body =
          new RegistrationRequest(
              name,
              blankToNull(email),
              blankToNull(phone),
              adults,
              children,
              languages,
              needsInterpretation ? blankToNull(interpreterLanguage) : null,
              new RegistrationRequest.Needs(needsStepFree, needsChildcare, otherNeeds),
              remark,
              consent,
              language.getCode(),
              new RegistrationRequest.TargetGroup(answer(nonEuCitizen), answer(firstVisit)),
              website,
              blankToNull(slot),
              blankToNull(topic));
      if (needsInterpretation && blankToNull(interpreterLanguage) == null) {
        throw ProblemException.invalid("interpreterLanguage", "validation.required");
      }
      RegistrationDesk.Outcome outcome =
          intake.register(
              meetingId,
              body,
              idempotencyKey,
              org.treffpunkt.platform.ClientAddress.of(request, settings.trustedProxies()),
              language.get());
      external.redirect(
          views.selfServiceUrl(outcome.token()) + "?new=1&lang=" + language.getCode());
    } catch (ProblemException problem) {
      slots = null; // a slot taken meanwhile shows as taken now
      show(problem);
    }
  }

  /** The advice hour's slots with the seats still free (empty for a meeting without slots). */
  public List<org.treffpunkt.registration.control.AdviceSlots.SlotView> getSlots() {
    if (slots == null) {
      slots = meeting().slots() == null ? List.of() : adviceSlots.of(meetingId);
    }
    return slots;
  }

  /** How many slots can still be booked. */
  public long getFreeSlots() {
    return getSlots().stream().filter(s -> s.free() > 0).count();
  }

  public List<org.treffpunkt.platform.AdviceTopic> getTopics() {
    return List.of(org.treffpunkt.platform.AdviceTopic.values());
  }

  public String getSlot() {
    return slot;
  }

  public void setSlot(String slot) {
    this.slot = slot;
  }

  public String getTopic() {
    return topic;
  }

  public void setTopic(String topic) {
    this.topic = topic;
  }

  private void show(ProblemException problem) {
    FormProblems.show(faces, problem, language.get(), "register");
  }

  private static Boolean answer(String yesNo) {
    return "yes".equals(yesNo) ? Boolean.TRUE : "no".equals(yesNo) ? Boolean.FALSE : null;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  /** Languages a resident may say they speak: the meeting's and the UI languages. */
  public List<String> getLanguageOptions() {
    List<String> options = new ArrayList<>(meeting().languages());
    for (var l : org.treffpunkt.platform.i18n.Language.values()) {
      if (!options.contains(l.code())) {
        options.add(l.code());
      }
    }
    return options;
  }

  public String getIdempotencyKey() {
    return idempotencyKey;
  }

  /** The key made when the form was shown, posted back with it. */
  public void setIdempotencyKey(String idempotencyKey) {
    this.idempotencyKey = idempotencyKey;
  }

  public Long getMeetingId() {
    return meetingId;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public Integer getAdults() {
    return adults;
  }

  public void setAdults(Integer adults) {
    this.adults = adults;
  }

  public Integer getChildren() {
    return children;
  }

  public void setChildren(Integer children) {
    this.children = children;
  }

  public List<String> getLanguages() {
    return languages;
  }

  public void setLanguages(List<String> languages) {
    this.languages = languages;
  }

  public boolean isNeedsInterpretation() {
    return needsInterpretation;
  }

  public void setNeedsInterpretation(boolean v) {
    this.needsInterpretation = v;
  }

  public String getInterpreterLanguage() {
    return interpreterLanguage;
  }

  public void setInterpreterLanguage(String v) {
    this.interpreterLanguage = v;
  }

  public boolean isNeedsStepFree() {
    return needsStepFree;
  }

  public void setNeedsStepFree(boolean v) {
    this.needsStepFree = v;
  }

  public boolean isNeedsChildcare() {
    return needsChildcare;
  }

  public void setNeedsChildcare(boolean v) {
    this.needsChildcare = v;
  }

  public String getOtherNeeds() {
    return otherNeeds;
  }

  public void setOtherNeeds(String otherNeeds) {
    this.otherNeeds = otherNeeds;
  }

  public String getRemark() {
    return remark;
  }

  public void setRemark(String remark) {
    this.remark = remark;
  }

  public boolean isConsent() {
    return consent;
  }

  public void setConsent(boolean consent) {
    this.consent = consent;
  }

  public String getNonEuCitizen() {
    return nonEuCitizen;
  }

  public void setNonEuCitizen(String v) {
    this.nonEuCitizen = v;
  }

  public String getFirstVisit() {
    return firstVisit;
  }

  public void setFirstVisit(String v) {
    this.firstVisit = v;
  }

  public String getWebsite() {
    return website;
  }

  public void setWebsite(String website) {
    this.website = website;
  }
}
