package org.treffpunkt.offer.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
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
import org.treffpunkt.platform.ProblemException;
import org.treffpunkt.platform.ProblemException.Violation;
import org.treffpunkt.platform.TimeInput;
import org.treffpunkt.platform.i18n.Language;

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
      Map<String, String> titleMap,
      Map<String, String> descriptionMap,
      List<Violation> violations) {
    Map<String, String> titles = titleMap == null ? Map.of() : titleMap;
    Map<String, String> descriptions = descriptionMap == null ? Map.of() : descriptionMap;
    if (titleMap != null && blankToNull(titles.get(Language.DEFAULT.code())) == null) {
      violations.add(new Violation("title.de", "validation.required"));
    }
    Set<String> codes = new LinkedHashSet<>(titles.keySet());
    codes.addAll(descriptions.keySet());
    Map<String, OfferText> texts = new HashMap<>();
    for (String code : codes) {
      String field = (titles.containsKey(code) ? "title." : "description.") + code;
      if (Language.of(code).filter(l -> l.code().equals(code)).isEmpty()) {
        violations.add(new Violation(field, "validation.textLanguage"));
        continue;
      }
      String title = blankToNull(titles.get(code));
      String description = blankToNull(descriptions.get(code));
      checkLength("title." + code, title, OfferText.TITLE_MAX, violations);
      checkLength("description." + code, description, OfferText.DESCRIPTION_MAX, violations);
      if (title == null && description != null) {
        violations.add(new Violation("title." + code, "validation.required"));
      }
      if (title != null) {
        texts.put(code, new OfferText(title, description));
      }
    }
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

  private static void checkLength(String field, String value, int max, List<Violation> violations) {
    if (value != null && value.length() > max) {
      violations.add(new Violation(field, "validation.maxLength", null, 0, max));
    }
  }

  private static boolean isWebAddress(String text) {
    try {
      URI uri = new URI(text);
      return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))
          && uri.getHost() != null;
    } catch (java.net.URISyntaxException e) {
      return false;
    }
  }

  static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
