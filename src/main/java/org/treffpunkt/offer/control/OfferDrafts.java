package org.treffpunkt.offer.control;

import static org.treffpunkt.platform.InputValidation.blankToNull;
import static org.treffpunkt.platform.InputValidation.isWebAddress;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.treffpunkt.meeting.control.ReferenceViews;
import org.treffpunkt.offer.entity.Closure;
import org.treffpunkt.offer.entity.OfferDetails;
import org.treffpunkt.offer.entity.OfferText;
import org.treffpunkt.offer.entity.OpeningHours;
import org.treffpunkt.platform.AdviceTopic;
import org.treffpunkt.platform.InputValidation;
import org.treffpunkt.platform.InputValidation.TextField;
import org.treffpunkt.platform.ProblemException;
import org.treffpunkt.platform.ProblemException.Violation;
import org.treffpunkt.platform.TimeInput;

/** Turns an offer request into checked {@link OfferDetails}, or a 400 naming every wrong field. */
@ApplicationScoped
class OfferDrafts {

  @Inject InputValidation validation;
  @Inject ReferenceViews referenceViews;

  OfferDetails details(OfferRequest request) {
    List<Violation> violations = validation.violations(request);
    if (request == null) {
      throw ProblemException.invalid(violations);
    }
    Map<String, OfferText> texts = texts(request.title(), request.description(), violations);
    Set<AdviceTopic> topics = topics(request.topics(), violations);
    Set<String> languages =
        InputValidation.languageCodes(request.languages(), "languages", violations);
    Set<Long> districts = districts(request.districtIds(), violations);
    String url = blankToNull(request.url());
    if (url != null && !isWebAddress(url)) {
      violations.add(new Violation("url", "validation.url"));
    }
    List<OpeningHours> hours = hours(request.openingHours(), violations);
    List<Closure> closures = closures(request.closures(), violations);
    ProblemException.throwIfAny(violations);
    return new OfferDetails(
        texts,
        topics,
        languages,
        districts,
        blankToNull(request.address()),
        blankToNull(request.accessibility()),
        blankToNull(request.contact()),
        url,
        hours,
        closures,
        !Boolean.FALSE.equals(request.published()));
  }

  private static Map<String, OfferText> texts(
      Map<String, String> titles, Map<String, String> descriptions, List<Violation> violations) {
    Map<String, OfferText> texts = new HashMap<>();
    InputValidation.texts(
            List.of(
                new TextField("title", titles, OfferText.TITLE_MAX),
                new TextField("description", descriptions, OfferText.DESCRIPTION_MAX)),
            violations)
        .forEach((code, t) -> texts.put(code, new OfferText(t.get(0), t.get(1))));
    return texts;
  }

  private static Set<AdviceTopic> topics(List<String> codes, List<Violation> violations) {
    Set<AdviceTopic> topics = EnumSet.noneOf(AdviceTopic.class);
    for (int i = 0; codes != null && i < codes.size(); i++) {
      var topic = AdviceTopic.ofCode(codes.get(i));
      if (topic.isPresent()) {
        topics.add(topic.get());
      } else {
        violations.add(new Violation("topics." + i, "validation.topic"));
      }
    }
    return topics;
  }

  private Set<Long> districts(List<Long> ids, List<Violation> violations) {
    Set<Long> districts = new LinkedHashSet<>();
    if (ids == null || ids.isEmpty()) {
      violations.add(new Violation("districtIds", "validation.required"));
      return districts;
    }
    for (int i = 0; i < ids.size(); i++) {
      Long id = ids.get(i);
      if (id == null || referenceViews.district(id.toString()).isEmpty()) {
        violations.add(new Violation("districtIds." + i, "validation.unknownId"));
      } else {
        districts.add(id);
      }
    }
    return districts;
  }

  /** Weekly hours: a weekday, times that close after they open, no two overlapping. */
  static List<OpeningHours> hours(
      List<OfferRequest.HoursRequest> requests, List<Violation> violations) {
    List<OpeningHours> hours = new ArrayList<>();
    for (int i = 0; requests != null && i < requests.size(); i++) {
      OfferRequest.HoursRequest request = requests.get(i);
      if (request == null) {
        violations.add(new Violation("openingHours." + i, "validation.required"));
        continue;
      }
      String field = "openingHours." + i;
      DayOfWeek day = weekday(request.day());
      if (request.day() != null && day == null) {
        violations.add(new Violation(field + ".day", "validation.weekday"));
      }
      LocalTime from = time(request.from(), field + ".from", violations);
      LocalTime to = time(request.to(), field + ".to", violations);
      if (from != null && to != null && !from.isBefore(to)) {
        violations.add(new Violation(field + ".to", "validation.endAfterStart"));
      } else if (day != null && from != null && to != null) {
        OpeningHours opening = new OpeningHours(day, from, to);
        if (hours.stream().anyMatch(opening::overlaps)) {
          violations.add(new Violation(field, "validation.hoursOverlap"));
        } else {
          hours.add(opening);
        }
      }
    }
    return hours;
  }

  private static List<Closure> closures(
      List<OfferRequest.ClosureRequest> requests, List<Violation> violations) {
    Map<LocalDate, Closure> closures = new java.util.TreeMap<>();
    for (int i = 0; requests != null && i < requests.size(); i++) {
      OfferRequest.ClosureRequest request = requests.get(i);
      if (request == null || request.date() == null) {
        continue;
      }
      var date = TimeInput.date(request.date());
      if (date.isEmpty()) {
        violations.add(new Violation("closures." + i + ".date", "validation.date"));
      } else {
        closures.put(date.get(), new Closure(date.get(), blankToNull(request.note())));
      }
    }
    return List.copyOf(closures.values());
  }

  private static DayOfWeek weekday(String day) {
    try {
      return day == null ? null : DayOfWeek.valueOf(day.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException unknown) {
      return null;
    }
  }

  private static LocalTime time(String text, String field, List<Violation> violations) {
    if (text == null) {
      return null;
    }
    var time = TimeInput.time(text);
    if (time.isEmpty()) {
      violations.add(new Violation(field, "validation.time"));
    }
    return time.orElse(null);
  }
}
