package org.treffpunkt.notification.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.treffpunkt.calendar.control.Invitations;
import org.treffpunkt.meeting.control.MeetingView;
import org.treffpunkt.meeting.control.MeetingViews;
import org.treffpunkt.platform.PublicLinks;
import org.treffpunkt.platform.Settings;
import org.treffpunkt.platform.i18n.Language;
import org.treffpunkt.platform.i18n.Messages;
import org.treffpunkt.registration.control.NoticeView;
import org.treffpunkt.registration.control.Notices;
import org.treffpunkt.registration.control.NoticesIssued;
import org.treffpunkt.registration.control.NoticesIssued.Delivery;

/**
 * Mails the notices (moved, changed, cancelled, a message) after the commit, off the request
 * thread: one mail per address and event — a series edit tells a resident of all their dates at
 * once — in the registrant's language (German where we have none), with what changed (before →
 * after), their codes (tokens are stored only as hashes, so the link is in their first mail) and
 * the updated calendar entry. Each delivery is claimed before it is mailed, so none is mailed
 * twice; a mail that fails puts its deliveries on the list of the unreached.
 */
@ApplicationScoped
public class NoticeMails {

  private static final Logger LOG = Logger.getLogger(NoticeMails.class.getName());

  @Inject Notices notices;
  @Inject MeetingViews meetings;
  @Inject Invitations invitations;
  @Inject Mailer mailer;
  @Inject Settings settings;
  @Inject PublicLinks links;
  @Resource ManagedExecutorService executor;

  void onIssued(@Observes(during = TransactionPhase.AFTER_SUCCESS) NoticesIssued issued) {
    executor.execute(
        () -> {
          try {
            mail(issued);
          } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Notice mails failed: {0}", e.getClass().getName());
          }
        });
  }

  /** Sends the mails of one event (on the executor; the tests call it directly). */
  void mail(NoticesIssued issued) {
    if (!settings.mailEnabled()) {
      // no mail server configured: nobody was reached by mail, so everyone is on the list to be
      // phoned
      notices.mailFailed(issued.deliveries().stream().map(Delivery::deliveryId).toList());
      return;
    }
    for (List<Delivery> letter : byAddress(issued.deliveries())) {
      List<Delivery> claimed =
          letter.stream().filter(d -> notices.claimMail(d.deliveryId())).toList();
      if (claimed.isEmpty()) {
        continue;
      }
      if (!mailer.send(compose(claimed))) {
        notices.mailFailed(claimed.stream().map(Delivery::deliveryId).toList());
      }
    }
  }

  /** The deliveries grouped by e-mail address (case ignored), in the order they came. */
  static List<List<Delivery>> byAddress(List<Delivery> deliveries) {
    Map<String, List<Delivery>> letters = new LinkedHashMap<>();
    for (Delivery delivery : deliveries) {
      letters
          .computeIfAbsent(
              delivery.registrant().email().strip().toLowerCase(Locale.ROOT),
              a -> new ArrayList<>())
          .add(delivery);
    }
    return List.copyOf(letters.values());
  }

  /**
   * One mail to one address about one or more of its registrations (the dates of a series, say).
   */
  Mailer.Mail compose(List<Delivery> letter) {
    Delivery first = letter.get(0);
    Language language = Language.of(first.registrant().locale()).orElse(Language.DEFAULT);
    MeetingView meeting = meetings.find(first.registrant().meetingId(), language).orElseThrow();
    String kind = first.kind();
    StringBuilder body =
        new StringBuilder()
            .append(Messages.get(language, "mail.greeting", first.registrant().name()))
            .append("\n\n")
            .append(
                Messages.get(
                    language,
                    "notice.mail." + kind + ".text",
                    meeting.title(),
                    when(
                        language, first.after() != null ? first.after().start() : meeting.start())))
            .append("\n\n");
    for (Delivery delivery : letter) {
      body.append(change(language, delivery)).append('\n');
    }
    List<Long> confirmedDates =
        letter.stream()
            .filter(d -> d.registrant().confirmed())
            .map(d -> d.registrant().meetingId())
            .toList();
    var invitation =
        kind.equals("MESSAGE") || confirmedDates.isEmpty()
            ? java.util.Optional.<Invitations.Invitation>empty()
            : invitations.of(confirmedDates, language, mailer.from());
    if (invitation.isPresent()) {
      body.append(Messages.get(language, "notice.mail.calendar")).append("\n\n");
    }
    body.append(Messages.get(language, "mail.linkInFirstMail"))
        .append("\n\n")
        .append(Messages.get(language, "mail.meetingPage", links.meeting(meeting.id())))
        .append("\n\n")
        .append(Messages.get(language, "mail.signature"));
    return new Mailer.Mail(
        first.registrant().email(),
        Messages.get(language, "notice.mail." + kind + ".subject", meeting.title()),
        body.toString(),
        "notice " + kind.toLowerCase(Locale.ROOT),
        invitation.map(Invitations.Invitation::body).orElse(null),
        invitation.map(Invitations.Invitation::method).orElse("PUBLISH"));
  }

  /**
   * One registration's part: its code, then before → after, or the cancelled date and reason, or
   * the message.
   */
  private String change(Language language, Delivery delivery) {
    StringBuilder text =
        new StringBuilder(Messages.get(language, "notice.mail.code", delivery.registrant().code()))
            .append('\n');
    String message = text(delivery.texts(), language);
    switch (delivery.kind()) {
      case "MESSAGE" -> text.append(message).append('\n');
      case "CANCELLED" -> {
        text.append(
                Messages.get(
                    language, "notice.mail.cancelledDate", where(language, delivery.before())))
            .append('\n');
        if (message != null) {
          text.append(Messages.get(language, "notice.mail.reason", message)).append('\n');
        }
      }
      default ->
          text.append(
                  Messages.get(language, "notice.mail.before", where(language, delivery.before())))
              .append('\n')
              .append(
                  Messages.get(language, "notice.mail.after", where(language, delivery.after())))
              .append('\n');
    }
    return text.toString();
  }

  /** "Dienstag, 2. März 2027, 18:00–20:00, Saal, Weg 1" (or the online link). */
  private static String where(Language language, NoticeView.Values values) {
    String place = values.place() != null ? values.place() : values.onlineUrl();
    return when(language, values.start())
        + "–"
        + values
            .end()
            .toLocalTime()
            .format(
                DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(language.locale()))
        + (place == null ? "" : ", " + place);
  }

  private static String when(Language language, OffsetDateTime time) {
    return time.toLocalDateTime()
        .format(
            DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT)
                .withLocale(language.locale()));
  }

  private static String text(Map<String, String> texts, Language language) {
    String text = texts.get(language.code());
    return text != null ? text : texts.get(Language.DEFAULT.code());
  }
}
