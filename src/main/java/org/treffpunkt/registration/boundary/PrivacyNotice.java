package org.treffpunkt.registration.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.treffpunkt.platform.Settings;

/**
 * The figures the privacy notice states, from the configuration so that it always says what the
 * system does.
 */
@Named
@RequestScoped
public class PrivacyNotice {

  @Inject Settings settings;

  public int getRetentionDays() {
    return settings.retentionDays();
  }
}
