package org.treffpunkt.interpreting.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.treffpunkt.interpreting.control.LanguageMediation;
import org.treffpunkt.interpreting.entity.Assignment;
import org.treffpunkt.interpreting.entity.Interpreter;
import org.treffpunkt.meeting.control.MeetingView;
import org.treffpunkt.platform.ClockProducer;
import org.treffpunkt.platform.FormProblems;
import org.treffpunkt.platform.ProblemException;
import org.treffpunkt.platform.i18n.CurrentLanguage;

/**
 * The week overview for organisers: meetings with interpretation, step-free or childcare needs in a
 * period, unmet ones first, those within the lead time highlighted; interpreters are booked right
 * here, conflicts are shown.
 */
@Named("languageNeeds")
@ViewScoped
public class LanguageNeedsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  /** One meeting's line: the meeting, its needs, who is booked, whether it is urgent. */
  public record Line(
      MeetingView meeting,
      List<LanguageMediation.Need> needs,
      LanguageMediation.AccessNeeds access,
      List<Assignment> bookings,
      boolean unmet,
      boolean urgent) {

    public String bookedFor(String language) {
      return String.join(
          ", ",
          bookings.stream()
              .filter(b -> b.language().equals(language))
              .map(b -> b.interpreter().name())
              .toList());
    }
  }

  @Inject LanguageMediation mediation;
  @Inject CurrentLanguage language;
  @Inject FacesContext faces;
  @Inject Clock clock;

  private LocalDate from;
  private LocalDate to;
  private int leadDays = InterpretingResources.Period.DEFAULT_LEAD_DAYS;

  /** The interpreter chosen per "meetingId:language" in the booking selects. */
  private final Map<String, String> chosen = new HashMap<>();

  private transient List<Line> lines;
  private transient Map<String, List<Interpreter>> speakers;

  public List<Line> getLines() {
    if (lines == null) {
      LocalDate start = getFrom();
      LocalDate end = getTo();
      var period =
          mediation.period(
              start.atStartOfDay(ClockProducer.BERLIN).toInstant(),
              end.plusDays(1).atStartOfDay(ClockProducer.BERLIN).toInstant());
      var bookings = mediation.assignments(period.stream().map(n -> n.meeting().id()).toList());
      lines =
          period.stream()
              .map(
                  n ->
                      new Line(
                          n.meeting(),
                          n.needs(),
                          n.access(),
                          bookings.getOrDefault(n.meeting().id(), List.of()),
                          n.unmet(),
                          n.unmet() && mediation.leadDays(n.meeting()) <= leadDays))
              .toList();
    }
    return lines;
  }

  /** Active interpreters in the pool who speak the language (read once per language and render). */
  public List<Interpreter> speaking(String code) {
    if (speakers == null) {
      speakers = new HashMap<>();
    }
    return speakers.computeIfAbsent(code, mediation::speaking);
  }

  public void apply() {
    lines = null;
    speakers = null;
  }

  public void book(long meetingId, String code) {
    String choice = chosen.get(meetingId + ":" + code);
    if (choice == null || !choice.matches("\\d{1,18}")) {
      faces.addMessage(null, FormProblems.error(language.message("needs.chooseInterpreter")));
      return;
    }
    try {
      var booking =
          mediation.assign(
              meetingId, new LanguageMediation.AssignmentRequest(Long.parseLong(choice), code));
      if (!booking.conflictingMeetingIds().isEmpty()) {
        faces.addMessage(
            null,
            FormProblems.error(
                language.message(
                    "needs.conflict",
                    booking.assignment().interpreter().name(),
                    booking.conflictingMeetingIds().toString())));
      }
      apply();
    } catch (ProblemException problem) {
      FormProblems.show(faces, problem, language.get(), field -> null);
    }
  }

  public Map<String, String> getChosen() {
    return chosen;
  }

  public LocalDate getFrom() {
    return from != null ? from : LocalDate.now(clock.withZone(ClockProducer.BERLIN));
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to != null ? to : getFrom().plusDays(13);
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }

  public int getLeadDays() {
    return leadDays;
  }

  public void setLeadDays(int leadDays) {
    this.leadDays = Math.max(0, leadDays);
  }
}
