package org.treffpunkt.notification.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.treffpunkt.platform.Settings;

/**
 * Sends plain-text mails through the server's mail session ({@code wildfly-config/mail.cli}). The
 * log says that a mail of some kind went out or failed, never to whom or what it said.
 */
@ApplicationScoped
public class Mailer {

  private static final Logger LOG = Logger.getLogger(Mailer.class.getName());

  @Resource(lookup = "java:jboss/mail/Treffpunkt")
  Session session;

  @Inject Settings settings;

  /**
   * A mail to send: {@code kind} names it in the log; {@code calendar} (optional) is attached as
   * treffpunkt.ics, with its iTIP method ({@code PUBLISH}, or {@code CANCEL} for a cancelled date).
   */
  public record Mail(
      String to, String subject, String body, String kind, String calendar, String calendarMethod) {

    public Mail(String to, String subject, String body, String kind, String calendar) {
      this(to, subject, body, kind, calendar, "PUBLISH");
    }
  }

  /**
   * The sender's address of the mail session ({@code TREFFPUNKT_MAIL_FROM}), e.g. the organiser of
   * a calendar entry.
   */
  public String from() {
    return session.getProperty("mail.from");
  }

  /**
   * Sends now; callers run off the request thread. Returns whether the mail server took the mail.
   */
  public boolean send(Mail mail) {
    if (!settings.mailEnabled()) {
      return false;
    }
    try {
      MimeMessage message = new MimeMessage(session);
      message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.to()));
      message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
      if (mail.calendar() == null) {
        message.setText(mail.body(), StandardCharsets.UTF_8.name());
      } else {
        MimeBodyPart text = new MimeBodyPart();
        text.setText(mail.body(), StandardCharsets.UTF_8.name());
        MimeBodyPart invite = new MimeBodyPart();
        invite.setContent(
            mail.calendar(), "text/calendar; method=" + mail.calendarMethod() + "; charset=UTF-8");
        invite.setFileName("treffpunkt.ics");
        message.setContent(new MimeMultipart(text, invite));
      }
      message.setSentDate(new Date());
      Transport.send(message);
      LOG.fine(() -> "Sent a " + mail.kind() + " mail");
      return true;
    } catch (MessagingException | RuntimeException e) {
      LOG.log(
          Level.WARNING,
          "Could not send a {0} mail: {1}",
          new Object[] {mail.kind(), e.getClass().getName()});
      return false;
    }
  }
}
