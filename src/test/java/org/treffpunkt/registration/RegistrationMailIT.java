package org.treffpunkt.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.json.JsonObject;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.treffpunkt.testing.Accounts;
import org.treffpunkt.testing.Api;
import org.treffpunkt.testing.Json;
import org.treffpunkt.testing.ServerTest;

/** Mails go through a real SMTP server (GreenMail on port 3025, where the test server sends). */
@ServerTest
class RegistrationMailIT {

  @RegisterExtension
  static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP);

  private final Api organiser = Accounts.organiser();

  private long meeting(int capacity, LocalDate day) {
    Api.Reply reply =
        organiser.post(
            "/api/meetings",
            "{\"title\":{\"de\":\"Nähcafé\",\"uk\":\"Кафе шиття\"},\"formatId\":1,\"districtId\":3,"
                + "\"onlineUrl\":\"https://meet.example.org/m\",\"start\":\""
                + day
                + "T15:00\",\"end\":\""
                + day
                + "T17:00\",\"capacity\":"
                + capacity
                + "}");
    assertEquals(201, reply.status(), reply.toString());
    return Json.id(reply.json());
  }

  private static JsonObject register(long meetingId, String name, String email, String locale) {
    Api.Reply reply =
        Api.anonymous()
            .post(
                "/api/meetings/" + meetingId + "/registrations",
                "{\"name\":\""
                    + name
                    + "\",\"email\":\""
                    + email
                    + "\",\"consent\":true,\"locale\":\""
                    + locale
                    + "\"}",
                "X-Forwarded-For",
                "10.55." + (int) (Math.random() * 250) + ".9");
    assertEquals(201, reply.status(), reply.toString());
    return reply.json();
  }

  private static List<MimeMessage> mailsTo(String address, int atLeast) {
    long deadline = System.currentTimeMillis() + 20_000;
    List<MimeMessage> found;
    do {
      found = Arrays.stream(SMTP.getReceivedMessages()).filter(m -> to(m).equals(address)).toList();
      if (found.size() >= atLeast) {
        return found;
      }
      sleep();
    } while (System.currentTimeMillis() < deadline);
    return found;
  }

  private static String to(MimeMessage message) {
    try {
      return message.getRecipients(Message.RecipientType.TO)[0].toString();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void sleep() {
    try {
      Thread.sleep(200);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Test
  void theConfirmationComesInTheRegistrantsLanguageWithCodeAndLink() throws Exception {
    long id = meeting(5, LocalDate.now(ZoneId.of("Europe/Berlin")).plusWeeks(2));

    JsonObject receipt = register(id, "Oksana", "oksana@example.org", "uk");

    List<MimeMessage> mails = mailsTo("oksana@example.org", 1);
    assertEquals(1, mails.size());
    assertEquals("Зареєстровано: Кафе шиття", mails.get(0).getSubject());
    var parts = (jakarta.mail.Multipart) mails.get(0).getContent();
    String text = (String) parts.getBodyPart(0).getContent();
    assertTrue(
        parts.getBodyPart(1).getContentType().startsWith("text/calendar"), "the date as .ics");
    String ics =
        new String(
            parts.getBodyPart(1).getInputStream().readAllBytes(),
            java.nio.charset.StandardCharsets.UTF_8);
    assertEquals(
        "Кафе шиття",
        biweekly.Biweekly.parse(ics).first().getEvents().get(0).getSummary().getValue());
    assertTrue(text.contains("Вітаємо, Oksana!"), text);
    assertTrue(text.contains(receipt.getString("code")), text);
    assertTrue(text.contains(receipt.getString("selfServiceUrl")), text);
  }

  @Test
  void whoMovesUpFromTheWaitingListIsToldAndWhoCancelsToo() throws Exception {
    long id = meeting(1, LocalDate.now(ZoneId.of("Europe/Berlin")).plusWeeks(2));
    JsonObject first = register(id, "Erste", "erste@example.org", "de");
    register(id, "Zweite", "zweite@example.org", "tr");
    assertEquals("Bekleme listesi: Nähcafé", mailsTo("zweite@example.org", 1).get(0).getSubject());

    Api.anonymous().delete("/api/registrations/" + first.getString("token"));

    List<MimeMessage> second = mailsTo("zweite@example.org", 2);
    assertEquals("Artık yeriniz var: Nähcafé", second.get(1).getSubject());
    List<MimeMessage> cancelled = mailsTo("erste@example.org", 2);
    assertEquals("Abgesagt: Nähcafé", cancelled.get(1).getSubject());
  }

  @Test
  void aReminderGoesOutOnceWhenTheMeetingComesWithinTwoDays() throws Exception {
    LocalDate later = LocalDate.now(ZoneId.of("Europe/Berlin")).plusDays(10);
    long id = meeting(5, later);
    register(id, "Rami", "rami@example.org", "ar");
    assertEquals(1, mailsTo("rami@example.org", 1).size(), "only the confirmation so far");

    LocalDate tomorrow = LocalDate.now(ZoneId.of("Europe/Berlin")).plusDays(1);
    Api.Reply moved =
        organiser.put(
            "/api/meetings/" + id,
            "{\"title\":{\"de\":\"Nähcafé\"},\"formatId\":1,\"districtId\":3,\"onlineUrl\":\"https://meet.example.org/m\","
                + "\"start\":\""
                + tomorrow
                + "T15:00\",\"end\":\""
                + tomorrow
                + "T17:00\",\"capacity\":5}");
    assertEquals(200, moved.status());

    // the move itself is announced too (ChangeNoticeIT); the reminder follows once the date is near
    List<MimeMessage> mails = mailsTo("rami@example.org", 3);
    List<String> subjects = new java.util.ArrayList<>();
    for (MimeMessage mail : mails) {
      subjects.add(mail.getSubject());
    }
    assertEquals(
        java.util.Set.of("تم التسجيل: Nähcafé", "موعد جديد: Nähcafé", "تذكير: Nähcafé"),
        java.util.Set.copyOf(subjects),
        subjects.toString());
    Thread.sleep(5_000); // two more runs of the job
    assertEquals(3, mailsTo("rami@example.org", 3).size(), "the reminder is sent once");
  }

  @Test
  void withoutAnAddressNoMailIsSent() {
    long id = meeting(5, LocalDate.now(ZoneId.of("Europe/Berlin")).plusWeeks(2));
    int before = SMTP.getReceivedMessages().length;

    Api.anonymous()
        .post(
            "/api/meetings/" + id + "/registrations",
            "{\"name\":\"Ohne\",\"consent\":true}",
            "X-Forwarded-For",
            "10.56.0.1");

    sleep();
    sleep();
    assertEquals(before, SMTP.getReceivedMessages().length);
  }

  @Test
  void residentsNamesAndAddressesNeverReachTheServerLog() throws Exception {
    long id = meeting(5, LocalDate.now(ZoneId.of("Europe/Berlin")).plusWeeks(2));
    register(id, "Zaynab Loggable", "zaynab.loggable@example.org", "ar");
    mailsTo("zaynab.loggable@example.org", 1);

    String log =
        java.nio.file.Files.readString(
            java.nio.file.Path.of(
                System.getProperty("jboss.home"), "standalone", "log", "server.log"));

    assertTrue(!log.contains("zaynab.loggable@example.org") && !log.contains("Zaynab Loggable"));
  }
}
