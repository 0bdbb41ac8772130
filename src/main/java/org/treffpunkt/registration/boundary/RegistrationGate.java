package org.treffpunkt.registration.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.treffpunkt.platform.ClientAddress;
import org.treffpunkt.platform.ProblemException;
import org.treffpunkt.platform.Settings;
import org.treffpunkt.registration.control.RegistrationRateLimit;
import org.treffpunkt.security.boundary.CurrentUser;
import org.treffpunkt.security.entity.Role;

/** What every public registration passes first, from the API and from the form: who registers, and the rate limit. */
@RequestScoped
public class RegistrationGate {

  @Inject CurrentUser currentUser;
  @Inject RegistrationRateLimit rateLimit;
  @Inject Settings settings;

  /** Staff registering someone are recorded; everyone else registers for themselves. */
  public Applications.OnBehalf onBehalf() {
    if (!currentUser.hasRole(Role.ORGANISER) && !currentUser.hasRole(Role.PARTNER)) {
      return Applications.OnBehalf.NOBODY;
    }
    return currentUser.account()
        .map(a -> new Applications.OnBehalf(a.getId(), a.getPartnerId()))
        .orElse(Applications.OnBehalf.NOBODY);
  }

  public void checkRateLimit(HttpServletRequest request, Applications.OnBehalf onBehalf) {
    if (onBehalf.userId() != null) {
      return;
    }
    long wait = rateLimit.secondsToWait(ClientAddress.of(request, settings.trustedProxies()));
    if (wait > 0) {
      throw ProblemException.tooManyRequests(wait);
    }
  }

  /**
   * Anonymous feedback has a budget of its own of the same size per client address, so that a room full of people on
   * one Wi-Fi giving feedback does not stop registrations from that address, nor the other way round.
   */
  public void checkFeedbackRateLimit(HttpServletRequest request) {
    long wait = rateLimit.secondsToWait("feedback " + ClientAddress.of(request, settings.trustedProxies()));
    if (wait > 0) {
      throw ProblemException.tooManyRequests(wait);
    }
  }

  public void checkIdempotencyKey(String key) {
    if (key != null && (key.isBlank() || key.length() > 200)) {
      throw ProblemException.invalid("Idempotency-Key", "validation.idempotencyKey");
    }
  }
}
