package org.treffpunkt.meeting.control;

import static org.treffpunkt.platform.InputValidation.blankToNull;
import static org.treffpunkt.platform.InputValidation.isWebAddress;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.treffpunkt.meeting.entity.Contact;
import org.treffpunkt.meeting.entity.District;
import org.treffpunkt.meeting.entity.Frequency;
import org.treffpunkt.meeting.entity.MeetingFormat;
import org.treffpunkt.meeting.entity.MeetingPlan;
import org.treffpunkt.meeting.entity.MeetingText;
import org.treffpunkt.meeting.entity.Recurrence;
import org.treffpunkt.meeting.entity.Schedule;
import org.treffpunkt.meeting.entity.SlotPlan;
import org.treffpunkt.meeting.entity.Venue;
import org.treffpunkt.partner.control.PartnerDirectory;
import org.treffpunkt.platform.InputValidation;
import org.treffpunkt.platform.InputValidation.TextField;
import org.treffpunkt.platform.ProblemException;
import org.treffpunkt.platform.ProblemException.Violation;
import org.treffpunkt.platform.TimeInput;

/**
 * Turns a meeting request into a {@link MeetingPlan}, or a 400 problem naming every field that is
 * wrong.
 */
@ApplicationScoped
class MeetingPlans {

  @Inject InputValidation validation;
  @Inject ReferenceData referenceData;
  @Inject PartnerDirectory partners;

  /** The checked plan of a request. */
  MeetingPlan plan(MeetingRequest request) {
    List<Violation> violations = validation.violations(request);
    if (request == null) {
      throw ProblemException.invalid(violations);
    }
    Optional<MeetingFormat> format =
        known(request.formatId(), "formatId", referenceData::format, violations);
    Optional<District> district =
        known(request.districtId(), "districtId", referenceData::district, violations);
    Optional<Venue> venue = known(request.venueId(), "venueId", referenceData::venue, violations);
    String onlineUrl = blankToNull(request.onlineUrl());
    if (onlineUrl != null && !isWebAddress(onlineUrl)) {
      violations.add(new Violation("onlineUrl", "validation.url"));
    }
    if (request.venueId() == null && onlineUrl == null) {
      violations.add(new Violation("venueId", "validation.venueOrOnline"));
    }
    Optional<Schedule> schedule = schedule(request, violations);
    Optional<Instant> opens =
        optionalInstant(request.registrationOpens(), "registrationOpens", violations);
    Optional<Instant> closes =
        optionalInstant(request.registrationCloses(), "registrationCloses", violations);
    Map<String, MeetingText> texts =
        texts(request.title(), request.summary(), request.description(), violations);
    Set<String> languages = languages(request.languages(), violations);
    Set<Long> partnerIds = partnerIds(request.partnerIds(), violations);
    SlotPlan slots = slots(request.slots(), schedule.orElse(null), violations);
    ProblemException.throwIfAny(violations);
    MeetingRequest.ContactRequest contact = request.contact();
    return new MeetingPlan(
        format.orElseThrow(),
        district.orElseThrow(),
        venue.orElse(null),
        onlineUrl,
        schedule.orElseThrow(),
        request.capacity(),
        !Boolean.FALSE.equals(request.registrationRequired()),
        opens.orElse(null),
        closes.orElse(null),
        texts,
        languages,
        Boolean.TRUE.equals(request.interpretation()),
        Boolean.TRUE.equals(request.childcare()),
        contact == null
            ? Contact.NONE
            : new Contact(
                blankToNull(contact.name()),
                blankToNull(contact.phone()),
                blankToNull(contact.email())),
        partnerIds,
        !Boolean.FALSE.equals(request.published()),
        slots);
  }

  /**
   * The slot plan asked for (null for none): at least one slot must fit into the meeting, and the
   * walk-in share may keep at most all seats of an hour.
   */
  private static SlotPlan slots(
      MeetingRequest.SlotRequest request, Schedule schedule, List<Violation> violations) {
    if (request == null || request.minutes() == null || !violations.isEmpty()) {
      return null;
    }
    SlotPlan plan = new SlotPlan(request.minutes(), request.parallel(), request.walkIn());
    if (schedule != null && plan.slots(schedule.start(), schedule.end()).isEmpty()) {
      violations.add(new Violation("slots.minutes", "validation.slotLonger"));
    } else if (plan.walkIn() > plan.seatsPerHour()) {
      violations.add(new Violation("slots.walkIn", "validation.max", plan.seatsPerHour()));
    }
    return plan;
  }

  /**
   * The recurrence of a series request, checked against its first date; null if the request has
   * none.
   */
  Recurrence recurrence(MeetingRequest request, LocalDate firstDate) {
    MeetingRequest.RecurrenceRequest r = request.recurrence();
    if (r == null) {
      throw ProblemException.invalid("recurrence", "validation.required");
    }
    List<Violation> violations = new java.util.ArrayList<>();
    Optional<Frequency> frequency = enumValue(r.frequency());
    if (frequency.isEmpty()) {
      violations.add(new Violation("recurrence.frequency", "validation.frequency"));
    }
    Optional<LocalDate> until = TimeInput.date(r.until());
    if (r.until() != null && until.isEmpty()) {
      violations.add(new Violation("recurrence.until", "validation.date"));
    }
    if ((r.until() == null) == (r.count() == null)) {
      violations.add(new Violation("recurrence.count", "validation.untilOrCount"));
    }
    ProblemException.throwIfAny(violations);
    Recurrence recurrence =
        new Recurrence(
            frequency.get(), until.orElse(null), r.count(), Boolean.TRUE.equals(r.lastWeekday()));
    recurrence
        .problemFor(firstDate)
        .ifPresent(
            key -> {
              throw ProblemException.invalid(
                  r.until() != null ? "recurrence.until" : "recurrence.count",
                  key,
                  Recurrence.MAX_MONTHS_AHEAD);
            });
    return recurrence;
  }

  /** The checked change of a series edit, or a 400 problem naming every field that is wrong. */
  SeriesChange seriesChange(SeriesEdit edit) {
    List<Violation> violations = validation.violations(edit);
    if (edit == null) {
      throw ProblemException.invalid(violations);
    }
    if (edit.fromDate() != null && TimeInput.date(edit.fromDate()).isEmpty()) {
      violations.add(new Violation("fromDate", "validation.date"));
    }
    Optional<LocalTime> start = time(edit.startTime(), "startTime", violations);
    Optional<LocalTime> end = time(edit.endTime(), "endTime", violations);
    if (start.isPresent() != end.isPresent()) {
      violations.add(
          new Violation(start.isPresent() ? "endTime" : "startTime", "validation.required"));
    } else if (start.isPresent() && !end.get().isAfter(start.get())) {
      violations.add(new Violation("endTime", "validation.endAfterStart"));
    }
    Optional<Venue> venue = known(edit.venueId(), "venueId", referenceData::venue, violations);
    String onlineUrl = edit.onlineUrl() == null ? null : blankToNull(edit.onlineUrl());
    if (onlineUrl != null && !isWebAddress(onlineUrl)) {
      violations.add(new Violation("onlineUrl", "validation.url"));
    }
    var texts =
        edit.title() == null
            ? null
            : texts(edit.title(), edit.summary(), edit.description(), violations);
    var languages = edit.languages() == null ? null : languages(edit.languages(), violations);
    ProblemException.throwIfAny(violations);
    return new SeriesChange(
        start.orElse(null),
        start.map(s -> (int) java.time.Duration.between(s, end.get()).toMinutes()).orElse(null),
        venue.orElse(null),
        false,
        edit.onlineUrl() == null ? null : onlineUrl == null ? "" : onlineUrl,
        edit.capacity(),
        texts,
        languages,
        edit.interpretation(),
        edit.childcare(),
        null,
        null,
        edit.published());
  }

  /** The date a series edit starts from, once {@link #seriesChange} accepted the edit. */
  static LocalDate fromDate(SeriesEdit edit) {
    return TimeInput.date(edit.fromDate()).orElseThrow();
  }

  /**
   * Everything of a whole-form plan that a series edit "from this date on" changes (the back-office
   * form).
   */
  static SeriesChange seriesChangeOf(MeetingPlan plan) {
    Schedule schedule = plan.schedule();
    return new SeriesChange(
        schedule.localStart().toLocalTime(),
        (int) java.time.Duration.between(schedule.start(), schedule.end()).toMinutes(),
        plan.venue(),
        plan.venue() == null,
        plan.onlineUrl() == null ? "" : plan.onlineUrl(),
        plan.capacity(),
        plan.texts(),
        plan.languages(),
        plan.interpretation(),
        plan.childcare(),
        plan.contact(),
        plan.partnerIds(),
        plan.published());
  }

  private static Optional<LocalTime> time(String value, String field, List<Violation> violations) {
    if (value == null) {
      return Optional.empty();
    }
    Optional<LocalTime> time = TimeInput.time(value);
    if (time.isEmpty()) {
      violations.add(new Violation(field, "validation.time"));
    }
    return time;
  }

  private static Optional<Frequency> enumValue(String frequency) {
    try {
      return frequency == null ? Optional.empty() : Optional.of(Frequency.valueOf(frequency));
    } catch (IllegalArgumentException unknown) {
      return Optional.empty();
    }
  }

  private static <T> Optional<T> known(
      Long id,
      String field,
      java.util.function.Function<Long, Optional<T>> lookup,
      List<Violation> violations) {
    if (id == null) {
      return Optional.empty();
    }
    Optional<T> found = lookup.apply(id);
    if (found.isEmpty()) {
      violations.add(new Violation(field, "validation.unknownId"));
    }
    return found;
  }

  private static Optional<Schedule> schedule(MeetingRequest request, List<Violation> violations) {
    Optional<Instant> start = optionalInstant(request.start(), "start", violations);
    Optional<Instant> end = optionalInstant(request.end(), "end", violations);
    if (start.isEmpty() || end.isEmpty()) {
      return Optional.empty();
    }
    if (!end.get().isAfter(start.get())) {
      violations.add(new Violation("end", "validation.endAfterStart"));
      return Optional.empty();
    }
    return Optional.of(new Schedule(start.get(), end.get()));
  }

  private static Optional<Instant> optionalInstant(
      String text, String field, List<Violation> violations) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    Optional<Instant> instant = TimeInput.instant(text);
    if (instant.isEmpty()) {
      violations.add(new Violation(field, "validation.dateTime"));
    }
    return instant;
  }

  /** Texts by language: German title required, only UI languages, within the length limits. */
  private static Map<String, MeetingText> texts(
      Map<String, String> titles,
      Map<String, String> summaries,
      Map<String, String> descriptions,
      List<Violation> violations) {
    Map<String, MeetingText> texts = new HashMap<>();
    InputValidation.texts(
            List.of(
                new TextField("title", titles, MeetingText.TITLE_MAX),
                new TextField("summary", summaries, MeetingText.SUMMARY_MAX),
                new TextField("description", descriptions, MeetingText.DESCRIPTION_MAX)),
            violations)
        .forEach((code, t) -> texts.put(code, new MeetingText(t.get(0), t.get(1), t.get(2))));
    return texts;
  }

  /** Languages spoken, as ISO 639-1 codes. */
  private static Set<String> languages(List<String> codes, List<Violation> violations) {
    return InputValidation.languageCodes(codes, "languages", violations);
  }

  private Set<Long> partnerIds(List<Long> ids, List<Violation> violations) {
    Set<Long> known = new LinkedHashSet<>();
    if (ids == null) {
      return known;
    }
    for (int i = 0; i < ids.size(); i++) {
      if (partners.byId(ids.get(i)).isEmpty()) {
        violations.add(new Violation("partnerIds." + i, "validation.unknownId"));
      } else {
        known.add(ids.get(i));
      }
    }
    return known;
  }
}
