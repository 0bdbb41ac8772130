package org.treffpunkt.offer.control;

import java.util.ArrayList;
import java.util.List;
import org.treffpunkt.meeting.control.ReferenceViews;
import org.treffpunkt.platform.AdviceTopic;
import org.treffpunkt.platform.ProblemException;
import org.treffpunkt.platform.ProblemException.Violation;
import org.treffpunkt.platform.i18n.LanguageCodes;

/**
 * Which published offers to list: serving a district, in a language, for a topic (each optional).
 */
public record OfferFilter(Long districtId, String language, AdviceTopic topic) {

  public static final OfferFilter ALL = new OfferFilter(null, null, null);

  /**
   * Reads the filters as the API and pages take them (district by id or slug, an ISO 639-1 code, a
   * topic code); an unknown value is a 400 naming it, as for the meeting filters.
   */
  public static OfferFilter of(
      String district, String language, String topic, ReferenceViews referenceViews) {
    List<Violation> violations = new ArrayList<>();
    Long districtId = null;
    if (present(district)) {
      districtId = referenceViews.district(district.strip()).map(d -> d.id()).orElse(null);
      if (districtId == null) {
        violations.add(new Violation("district", "validation.unknownId"));
      }
    }
    String code = null;
    if (present(language)) {
      code = LanguageCodes.normalise(language).orElse(null);
      if (code == null) {
        violations.add(new Violation("language", "validation.languageCode"));
      }
    }
    AdviceTopic adviceTopic = null;
    if (present(topic)) {
      adviceTopic = AdviceTopic.ofCode(topic.strip()).orElse(null);
      if (adviceTopic == null) {
        violations.add(new Violation("topic", "validation.topic"));
      }
    }
    ProblemException.throwIfAny(violations);
    return new OfferFilter(districtId, code, adviceTopic);
  }

  private static boolean present(String value) {
    return value != null && !value.isBlank();
  }
}
