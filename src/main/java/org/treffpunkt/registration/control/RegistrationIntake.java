package org.treffpunkt.registration.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.treffpunkt.platform.ProblemException;
import org.treffpunkt.platform.RateLimit;
import org.treffpunkt.platform.Settings;
import org.treffpunkt.platform.access.Authorization;
import org.treffpunkt.platform.access.Caller;
import org.treffpunkt.platform.access.Permission;
import org.treffpunkt.platform.i18n.Language;
import org.treffpunkt.registration.entity.Applicant;

/**
 * What every registration passes, from the API and from the public form alike: who registers (staff
 * on a resident's behalf are recorded and not limited), the per-client rate limit, the idempotency
 * key, the checks of the request, the size of a public group ({@code TREFFPUNKT_MAX_GROUP}), and
 * then the desk that decides about the place.
 */
@ApplicationScoped
public class RegistrationIntake {

  @Inject RegistrationDesk desk;
  @Inject Applications applications;
  @Inject Authorization authorization;
  @Inject Caller caller;
  @Inject RateLimit rateLimit;
  @Inject Settings settings;

  /**
   * Registers for a meeting. {@code clientAddress} is the address the rate limit counts ({@code
   * ClientAddress}); {@code requestLanguage} is the language the resident gets mails in unless the
   * request names one.
   */
  public RegistrationDesk.Outcome register(
      long meetingId,
      RegistrationRequest request,
      String idempotencyKey,
      String clientAddress,
      Language requestLanguage) {
    Applications.OnBehalf onBehalf = onBehalf();
    boolean publicly = onBehalf.userId() == null;
    if (publicly) {
      rateLimit.check(clientAddress);
    }
    if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > 200)) {
      throw ProblemException.invalid("Idempotency-Key", "validation.idempotencyKey");
    }
    Applicant applicant = applications.applicant(request, requestLanguage, onBehalf);
    if (publicly && applicant.persons() > settings.maxGroup()) {
      throw ProblemException.invalid("adults", "validation.maxGroup", settings.maxGroup());
    }
    String limited = publicly ? clientAddress : null;
    return RegistrationCodes.retryIfTaken(
        () -> desk.register(meetingId, applicant, idempotencyKey, limited));
  }

  /** Staff registering someone are recorded; everyone else registers for themselves. */
  private Applications.OnBehalf onBehalf() {
    if (!authorization.may(Permission.REGISTER_ON_BEHALF)) {
      return Applications.OnBehalf.NOBODY;
    }
    return new Applications.OnBehalf(
        caller.userId().orElseThrow(), caller.partnerId().orElse(null));
  }
}
