package org.treffpunkt.meeting.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.treffpunkt.meeting.control.MeetingQuery;
import org.treffpunkt.meeting.control.ReferenceData;
import org.treffpunkt.platform.Periods;
import org.treffpunkt.platform.ProblemException;
import org.treffpunkt.platform.ProblemException.Violation;

/**
 * Reads the filters of a meeting list (API, pages): dates or times for {@code from}/{@code to}, a
 * district by id or slug, a format by id or key, a language code, words of the title, paging. A bad
 * value is a 400 naming it.
 */
@ApplicationScoped
public class MeetingSearchParameters {

  static final int DEFAULT_SIZE = 20;

  @Inject ReferenceData referenceData;
  @Inject Clock clock;

  public MeetingQuery query(
      String from,
      String to,
      String district,
      String format,
      String language,
      String text,
      boolean includeDrafts,
      String page,
      String size) {
    List<Violation> violations = new ArrayList<>();
    Instant fromInstant = Periods.boundary(from, "from", violations).orElse(clock.instant());
    Instant toInstant = Periods.boundary(to, "to", violations).orElse(null);
    Long districtId = null;
    if (present(district)) {
      districtId = referenceData.districtId(district.strip()).orElse(null);
      if (districtId == null) {
        violations.add(new Violation("district", "validation.unknownId"));
      }
    }
    Long formatId = null;
    if (present(format)) {
      formatId = referenceData.formatId(format.strip()).orElse(null);
      if (formatId == null) {
        violations.add(new Violation("format", "validation.unknownId"));
      }
    }
    String languageCode = null;
    if (present(language)) {
      languageCode = org.treffpunkt.platform.i18n.LanguageCodes.normalise(language).orElse(null);
      if (languageCode == null) {
        violations.add(new Violation("language", "validation.languageCode"));
      }
    }
    int pageNumber =
        number(page, "page", 0, 0, Integer.MAX_VALUE / MeetingQuery.MAX_SIZE, violations);
    int pageSize = number(size, "size", DEFAULT_SIZE, 1, MeetingQuery.MAX_SIZE, violations);
    ProblemException.throwIfAny(violations);
    return new MeetingQuery(
        fromInstant,
        toInstant,
        districtId,
        formatId,
        languageCode,
        text,
        includeDrafts,
        pageNumber,
        pageSize);
  }

  private static int number(
      String value, String field, int fallback, int min, int max, List<Violation> violations) {
    if (!present(value)) {
      return fallback;
    }
    try {
      int number = Integer.parseInt(value.strip());
      if (number >= min && number <= max) {
        return number;
      }
    } catch (NumberFormatException notANumber) {
      // reported below
    }
    violations.add(new Violation(field, "validation.range", null, min, max));
    return fallback;
  }

  private static boolean present(String value) {
    return value != null && !value.isBlank();
  }
}
