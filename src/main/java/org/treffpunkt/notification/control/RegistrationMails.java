package org.treffpunkt.notification.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.treffpunkt.calendar.control.Feeds;
import org.treffpunkt.meeting.control.MeetingCatalogue;
import org.treffpunkt.meeting.entity.Meeting;
import org.treffpunkt.platform.Settings;
import org.treffpunkt.platform.i18n.Language;
import org.treffpunkt.platform.i18n.Messages;
import org.treffpunkt.registration.control.RegistrationChanged;
import org.treffpunkt.registration.control.RegistrationDesk;
import org.treffpunkt.registration.entity.Registration;
import org.treffpunkt.registration.entity.RegistrationStatus;

/**
 * Writes the mails about a registration in the registrant's language. The self-service link is only in the first
 * mail: the token exists in memory only while the registration is made (the database keeps its hash), so later mails
 * give the code and point to that first mail.
 */
@ApplicationScoped
public class RegistrationMails {

  @Inject RegistrationDesk desk;
  @Inject MeetingCatalogue meetings;
  @Inject Mailer mailer;
  @Inject Settings settings;
  @Inject Feeds feeds;
  @Resource ManagedExecutorService executor;

  /**
   * After the commit, off the request thread: the committed transaction can no longer read, and the resident should
   * not wait for the mail server.
   */
  void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) RegistrationChanged change) {
    if (settings.mailEnabled()) {
      executor.execute(() -> mailAbout(change));
    }
  }

  private void mailAbout(RegistrationChanged change) {
    desk.find(change.registrationId())
        .filter(r -> r.email() != null)
        .ifPresent(r -> meetings.find(r.meetingId()).ifPresent(m -> send(r, m, change)));
  }

  private void send(Registration registration, Meeting meeting, RegistrationChanged change) {
    String kind = switch (change.kind()) {
      case REGISTERED -> registration.status() == RegistrationStatus.CONFIRMED ? "confirmed" : "waitlisted";
      case PROMOTED -> "promoted";
      case CANCELLED -> "cancelled";
    };
    mailer.send(compose(registration, meeting, kind, change.token()));
  }

  /** The reminder before the meeting. */
  public void sendReminder(Registration registration, Meeting meeting) {
    mailer.send(compose(registration, meeting, "reminder", null));
  }

  Mailer.Mail compose(Registration registration, Meeting meeting, String kind, String token) {
    Language language = Language.of(registration.locale()).orElse(Language.DEFAULT);
    String title = meeting.text(language).title();
    var start = meeting.schedule().localStart();
    String when = start.format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT)
        .withLocale(language.locale()));
    String where = meeting.venue() != null
        ? meeting.venue().getName() + ", " + meeting.venue().getAddress()
        : meeting.onlineUrl();
    String link = token != null
        ? Messages.get(language, "mail.link", settings.baseUrl() + "/r/" + token)
        : Messages.get(language, "mail.linkInFirstMail");
    String body = Messages.get(language, "mail.greeting", registration.name()) + "\n\n"
        + Messages.get(language, "mail." + kind + ".text", title, when, desk.waitlistPosition(registration)) + "\n\n"
        + Messages.get(language, "mail.details", title, when, where == null ? "" : where, registration.code())
        + "\n\n" + link + "\n\n"
        + Messages.get(language, "mail.meetingPage", settings.baseUrl() + "/meetings/" + meeting.getId()) + "\n\n"
        + Messages.get(language, "mail.signature");
    String calendar = registration.status() == RegistrationStatus.CONFIRMED
        ? feeds.single(meeting.getId(), language).map(Feeds.Feed::body).orElse(null)
        : null;
    return new Mailer.Mail(registration.email(), Messages.get(language, "mail." + kind + ".subject", title), body,
        kind, calendar);
  }
}
