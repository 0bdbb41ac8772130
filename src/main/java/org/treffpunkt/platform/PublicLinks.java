package org.treffpunkt.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The public addresses of the application, in one place: what mails, feeds, QR codes, pages and API
 * answers link to. All start with {@code TREFFPUNKT_BASE_URL}.
 */
@ApplicationScoped
public class PublicLinks {

  @Inject Settings settings;

  /** The meeting's public page. */
  public String meeting(long meetingId) {
    return settings.baseUrl() + "/meetings/" + meetingId;
  }

  /** A help offer's public page. */
  public String offer(long offerId) {
    return settings.baseUrl() + "/offer.xhtml?id=" + offerId;
  }

  /** The meeting's registration form. */
  public String registrationForm(long meetingId) {
    return meeting(meetingId) + "/register";
  }

  /** The short address of a meeting's feedback form, printed with a QR code. */
  public String feedback(long meetingId) {
    return settings.baseUrl() + "/f/" + meetingId;
  }

  /** A resident's own page, behind the secret token. */
  public String selfService(String token) {
    return settings.baseUrl() + "/r/" + token;
  }

  /** A resident's own date as iCalendar. */
  public String registrationCalendar(String token) {
    return settings.baseUrl() + "/calendar/registrations/" + token + ".ics";
  }

  /** One meeting (its series) as iCalendar. */
  public String meetingCalendar(long meetingId) {
    return settings.baseUrl() + "/calendar/meetings/" + meetingId + ".ics";
  }

  /** A private feed, behind its secret token. */
  public String privateCalendar(String secret) {
    return settings.baseUrl() + "/calendar/partners/" + secret + ".ics";
  }

  /** The public feed, with a query ({@code ?district=…}) or none. */
  public String publicCalendar(String query) {
    return settings.baseUrl()
        + "/calendar/meetings.ics"
        + (query == null || query.isEmpty() ? "" : query);
  }

  /** The same address for calendar apps to subscribe to ({@code webcal://}). */
  public static String subscription(String url) {
    return url.replaceFirst("^https?://", "webcal://");
  }
}
