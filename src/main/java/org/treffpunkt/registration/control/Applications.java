package org.treffpunkt.registration.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import org.treffpunkt.platform.InputValidation;
import org.treffpunkt.platform.ProblemException;
import org.treffpunkt.platform.ProblemException.Violation;
import org.treffpunkt.platform.i18n.Language;
import org.treffpunkt.platform.i18n.LanguageCodes;
import org.treffpunkt.registration.entity.Applicant;

/**
 * Checks a registration request and turns it into an {@link Applicant}; the API and the form share
 * it.
 */
@ApplicationScoped
class Applications {

  @Inject InputValidation validation;

  /** Who registers on someone's behalf: the staff account and its partner organisation, if any. */
  record OnBehalf(Long userId, Long partnerId) {
    static final OnBehalf NOBODY = new OnBehalf(null, null);
  }

  Applicant applicant(RegistrationRequest request, Language requestLanguage, OnBehalf onBehalf) {
    List<Violation> violations = validation.violations(request);
    if (request == null) {
      throw ProblemException.invalid(violations);
    }
    if (request.website() != null && !request.website().isBlank()) {
      violations.add(new Violation("website", "validation.honeypot"));
    }
    int adults = request.adults() == null ? 1 : request.adults();
    int children = request.children() == null ? 0 : request.children();
    if (adults + children < 1) {
      violations.add(new Violation("adults", "validation.nobody"));
    }
    if (!Boolean.TRUE.equals(request.consent())) {
      violations.add(new Violation("consent", "validation.consent"));
    }
    Set<String> languages =
        InputValidation.languageCodes(request.languages(), "languages", violations);
    String interpreter = null;
    if (blankToNull(request.interpreterLanguage()) != null) {
      interpreter = normalised(request.interpreterLanguage());
      if (interpreter == null) {
        violations.add(new Violation("interpreterLanguage", "validation.languageCode"));
      }
    }
    String locale =
        blankToNull(request.locale()) == null
            ? requestLanguage.code()
            : Language.of(request.locale()).map(Language::code).orElse(null);
    if (locale == null) {
      violations.add(new Violation("locale", "validation.textLanguage"));
    }
    java.time.Instant slot = null;
    if (blankToNull(request.slot()) != null) {
      slot = org.treffpunkt.platform.TimeInput.instant(request.slot()).orElse(null);
      if (slot == null) {
        violations.add(new Violation("slot", "validation.slotUnknown"));
      }
    }
    String topic = null;
    if (blankToNull(request.topic()) != null) {
      topic =
          org.treffpunkt.platform.AdviceTopic.ofCode(request.topic().strip())
              .map(org.treffpunkt.platform.AdviceTopic::code)
              .orElse(null);
      if (topic == null) {
        violations.add(new Violation("topic", "validation.topic"));
      }
    }
    ProblemException.throwIfAny(violations);
    RegistrationRequest.Needs needs = request.needs();
    RegistrationRequest.TargetGroup target = request.targetGroup();
    return new Applicant(
        request.name().strip(),
        blankToNull(request.email()),
        blankToNull(request.phone()),
        adults,
        children,
        languages,
        interpreter,
        needs != null && Boolean.TRUE.equals(needs.stepFree()),
        needs != null && Boolean.TRUE.equals(needs.childcare()),
        needs == null ? null : blankToNull(needs.other()),
        blankToNull(request.remark()),
        locale,
        target == null ? null : target.nonEuCitizen(),
        target == null ? null : target.firstVisit(),
        onBehalf.userId(),
        onBehalf.partnerId(),
        slot,
        topic);
  }

  private static String normalised(String code) {
    return LanguageCodes.normalise(code).orElse(null);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
