package org.treffpunkt.platform;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;

/**
 * Configuration from environment variables with sensible defaults; nothing secret is baked into the
 * WAR. The server-level variables (database, SMTP socket) are read by the WildFly configuration in
 * {@code wildfly-config/}.
 */
@ApplicationScoped
public class Settings {

  private final Map<String, String> environment;

  public Settings() {
    this(System.getenv());
  }

  Settings(Map<String, String> environment) {
    this.environment = environment;
  }

  /** Public base URL used in mails, feeds and QR codes, without a trailing slash. */
  public String baseUrl() {
    String url = value("TREFFPUNKT_BASE_URL").orElse("http://localhost:8080");
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  /**
   * Whether the application is reached over HTTPS (then cookies are Secure and browsers get HSTS).
   */
  public boolean secure() {
    return baseUrl().startsWith("https://");
  }

  /** The origin ({@code scheme://host[:port]}) of the base URL, for same-origin checks. */
  public String origin() {
    java.net.URI uri = java.net.URI.create(baseUrl());
    return uri.getScheme() + "://" + uri.getRawAuthority();
  }

  public Optional<String> adminPassword() {
    return value("TREFFPUNKT_ADMIN_PASSWORD");
  }

  public int retentionDays() {
    return intValue("TREFFPUNKT_RETENTION_DAYS", 90);
  }

  /** How often each server tries to run the anonymisation (only one at a time does). */
  public int anonymisationIntervalSeconds() {
    return Math.max(1, intValue("TREFFPUNKT_ANONYMISATION_INTERVAL_SECONDS", 3600));
  }

  /** Public registrations per client address and minute; 0 switches the limit off. */
  public int registrationRateLimit() {
    return intValue("TREFFPUNKT_REGISTRATION_RATE_LIMIT", 20);
  }

  /** Persons one public registration may hold at most (staff register larger groups). */
  public int maxGroup() {
    return Math.max(1, intValue("TREFFPUNKT_MAX_GROUP", 10));
  }

  /**
   * Places of one meeting that one client address may hold at most through the public form and API;
   * 0 = no limit. Load tests switch the per-client limits off together: with {@code
   * TREFFPUNKT_REGISTRATION_RATE_LIMIT=0} this one is off too unless set explicitly.
   */
  public int maxPlacesPerClient() {
    int fallback = registrationRateLimit() <= 0 ? 0 : 20;
    return Math.max(0, intValue("TREFFPUNKT_MAX_PLACES_PER_CLIENT", fallback));
  }

  /** Addresses of load balancers whose {@code X-Forwarded-For} is believed. */
  public java.util.Set<String> trustedProxies() {
    return ClientAddress.parse(value("TREFFPUNKT_TRUSTED_PROXIES").orElse(null));
  }

  /** How long before a meeting the reminder mail goes out. */
  public int reminderHours() {
    return intValue("TREFFPUNKT_REMINDER_HOURS", 48);
  }

  /** How often the reminder job looks for due reminders. */
  public int reminderIntervalSeconds() {
    return intValue("TREFFPUNKT_REMINDER_INTERVAL_SECONDS", 600);
  }

  /** Who runs the meetings, printed on sign-in sheets. */
  public String organiserName() {
    return value("TREFFPUNKT_ORGANISER").orElse("Landeshauptstadt Magdeburg");
  }

  /** The funding line funders require on every sign-in sheet. */
  public String fundingLine() {
    return value("TREFFPUNKT_FUNDING_LINE")
        .orElse(
            "Dieses Projekt wird aus Mitteln des Asyl-, Migrations- und"
                + " Integrationsfonds der Europäischen Union und des Landes Sachsen-Anhalt kofinanziert.");
  }

  public boolean mailEnabled() {
    return value("TREFFPUNKT_SMTP_HOST").isPresent();
  }

  private Optional<String> value(String name) {
    return Optional.ofNullable(environment.get(name)).map(String::strip).filter(v -> !v.isEmpty());
  }

  private int intValue(String name, int fallback) {
    return value(name)
        .map(
            v -> {
              try {
                return Integer.parseInt(v);
              } catch (NumberFormatException e) {
                throw new IllegalStateException(name + " must be a whole number", e);
              }
            })
        .orElse(fallback);
  }
}
