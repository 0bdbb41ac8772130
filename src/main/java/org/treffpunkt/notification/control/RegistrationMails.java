package org.treffpunkt.notification.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.format.DateTimeFormatter;
import java.time.format.DecimalStyle;
import java.time.format.FormatStyle;
import org.treffpunkt.calendar.control.Feeds;
import org.treffpunkt.meeting.control.MeetingView;
import org.treffpunkt.meeting.control.MeetingViews;
import org.treffpunkt.platform.PublicLinks;
import org.treffpunkt.platform.Settings;
import org.treffpunkt.platform.i18n.Language;
import org.treffpunkt.platform.i18n.Messages;
import org.treffpunkt.registration.control.RegistrationChanged;
import org.treffpunkt.registration.control.RegistrationChanged.Registrant;

/**
 * Writes the mails about a registration in the registrant's language. The self-service link is only
 * in the first mail: the token exists in memory only while the registration is made (the database
 * keeps its hash), so later mails give the code and point to that first mail. The event says whom
 * to write to; the meeting is read once, in the registrant's language.
 */
@ApplicationScoped
public class RegistrationMails {

  @Inject MeetingViews meetings;
  @Inject Mailer mailer;
  @Inject Settings settings;
  @Inject PublicLinks links;
  @Inject Feeds feeds;
  @Resource ManagedExecutorService executor;

  /**
   * After the commit, off the request thread: the committed transaction can no longer read, and the
   * resident should not wait for the mail server.
   */
  void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) RegistrationChanged change) {
    if (settings.mailEnabled() && change.registrant().email() != null) {
      executor.execute(() -> mailAbout(change));
    }
  }

  private void mailAbout(RegistrationChanged change) {
    Registrant registrant = change.registrant();
    String kind =
        switch (change.kind()) {
          case REGISTERED -> registrant.confirmed() ? "confirmed" : "waitlisted";
          case PROMOTED -> "promoted";
          case CANCELLED -> "cancelled";
        };
    send(registrant, kind, change.token());
  }

  /**
   * A mail of {@code kind} (confirmed, waitlisted, promoted, cancelled, reminder) to a registrant.
   */
  void send(Registrant registrant, String kind, String token) {
    Language language = Language.of(registrant.locale()).orElse(Language.DEFAULT);
    meetings
        .find(registrant.meetingId(), language)
        .ifPresent(meeting -> mailer.send(compose(registrant, meeting, language, kind, token)));
  }

  Mailer.Mail compose(
      Registrant registrant, MeetingView meeting, Language language, String kind, String token) {
    String title = meeting.title();
    // a slot booking's time is its slot's
    String when =
        (registrant.slot() == null
                ? meeting.start().toLocalDateTime()
                : registrant
                    .slot()
                    .atZone(org.treffpunkt.platform.ClockProducer.BERLIN)
                    .toLocalDateTime())
            .format(
                DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT)
                    .withLocale(language.formattingLocale())
                    .withDecimalStyle(DecimalStyle.of(language.formattingLocale())));
    String where =
        meeting.venue() != null
            ? meeting.venue().name() + ", " + meeting.venue().address()
            : meeting.onlineUrl();
    String link =
        token != null
            ? Messages.get(language, "mail.link", links.selfService(token))
            : Messages.get(language, "mail.linkInFirstMail");
    String body =
        Messages.get(language, "mail.greeting", registrant.name())
            + "\n\n"
            + Messages.get(
                language, "mail." + kind + ".text", title, when, registrant.waitlistPosition())
            + "\n\n"
            + Messages.get(
                language,
                "mail.details",
                title,
                when,
                where == null ? "" : where,
                registrant.code())
            + "\n\n"
            + link
            + "\n\n"
            + Messages.get(language, "mail.meetingPage", links.meeting(meeting.id()))
            + "\n\n"
            + Messages.get(language, "mail.signature");
    String calendar =
        registrant.confirmed()
            ? feeds.single(meeting.id(), language).map(Feeds.Feed::body).orElse(null)
            : null;
    return new Mailer.Mail(
        registrant.email(),
        Messages.get(language, "mail." + kind + ".subject", title),
        body,
        kind,
        calendar);
  }
}
