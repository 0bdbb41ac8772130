package org.treffpunkt.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.json.JsonObject;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.treffpunkt.testing.Accounts;
import org.treffpunkt.testing.Api;
import org.treffpunkt.testing.FacesSession;
import org.treffpunkt.testing.Fixtures;
import org.treffpunkt.testing.Json;
import org.treffpunkt.testing.ServerTest;

/**
 * Residents hear of every change that matters to them, through a real SMTP server (GreenMail on
 * port 3025): a move, a new place, a cancellation and a series edit each give exactly one mail per
 * registrant in their language, with the updated calendar entry; a typo gives none; those without
 * e-mail are listed for a phone call; organisers write to everyone.
 */
@ServerTest
class ChangeNoticeIT {

  @RegisterExtension
  static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP);

  private final Api organiser = Accounts.organiser();
  private final String title = Accounts.unique("Nähcafé");
  private final String arabicTitle = "مقهى الخياطة " + title.substring(title.length() - 8);

  // ----------------------------------------------------------------------------------------------
  // the cases

  @Test
  void aMoveReachesEachRegistrantOnceInTheirLanguageWithTheSameCalendarEntryAtAHigherSequence()
      throws Exception {
    LocalDate day = Fixtures.today().plusDays(14);
    LocalDate newDay = day.plusDays(1);
    long id = meeting(day, 10, "\"onlineUrl\":\"https://meet.example.org/n\"");
    String jana = address("jana");
    String rami = address("rami");
    JsonObject de = register(id, "Jana", jana, null, "de");
    JsonObject ar = register(id, "Rami", rami, null, "ar");
    JsonObject olga = register(id, "Olga", null, "0391 555 12", "uk");
    VEvent confirmed = calendarOf(mailsTo(jana, 1).get(0));
    mailsTo(rami, 1);

    replan(id, newDay, "15:00", "17:00", "\"onlineUrl\":\"https://meet.example.org/n\"");

    MimeMessage german = only(mailsTo(jana, 2), 2).get(1);
    assertEquals("Neue Zeit: " + title, german.getSubject());
    String text = textOf(german);
    assertTrue(text.contains("Hallo Jana,"), text);
    assertTrue(text.contains("Ihr Code: " + de.getString("code")), text);
    assertTrue(
        text.contains("Vorher: " + when(day, Locale.GERMAN) + "–17:00, https://meet.example.org/n"),
        text);
    assertTrue(
        text.contains(
            "Jetzt: " + when(newDay, Locale.GERMAN) + "–17:00, https://meet.example.org/n"),
        text);
    assertFalse(text.contains("/r/"), "the token is not stored, so no link: " + text);
    VEvent moved = calendarOf(german);
    assertEquals(confirmed.getUid().getValue(), moved.getUid().getValue());
    assertTrue(moved.getSequence().getValue() > confirmedSequence(confirmed), "SEQUENCE rose");
    assertEquals(newDay, startOf(moved).toLocalDate());

    MimeMessage arabic = only(mailsTo(rami, 2), 2).get(1);
    assertEquals("موعد جديد: " + arabicTitle, arabic.getSubject());
    assertTrue(textOf(arabic).contains("رمزك: " + ar.getString("code")), textOf(arabic));
    assertEquals(arabicTitle, calendarOf(arabic).getSummary().getValue());
    assertEquals(1, calendarOf(arabic).getSequence().getValue());

    JsonObject notice =
        Api.anonymous()
            .get("/api/registrations/" + ar.getString("token") + "?lang=ar")
            .json()
            .getJsonArray("notices")
            .getJsonObject(0);
    assertEquals("MOVED", notice.getString("kind"));
    assertTrue(
        notice.getJsonObject("before").getString("start").startsWith(day + "T15:00"),
        notice.toString());
    assertTrue(
        notice.getJsonObject("after").getString("start").startsWith(newDay + "T15:00"),
        notice.toString());

    List<JsonObject> unreached =
        organiser
            .get("/api/meetings/" + id + "/unreached")
            .jsonArray()
            .getValuesAs(JsonObject.class);
    assertEquals(1, unreached.size(), unreached.toString());
    assertEquals(olga.getString("code"), unreached.get(0).getString("code"));
    assertEquals("Olga", unreached.get(0).getString("name"));
    assertEquals("0391 555 12", unreached.get(0).getString("phone"));
    assertEquals("uk", unreached.get(0).getString("language"));
    assertTrue(unreached.get(0).isNull("informedAt"));
    assertTrue(
        Api.admin().get("/api/audit").jsonArray().getValuesAs(JsonObject.class).stream()
            .anyMatch(
                e ->
                    e.getString("action").equals("UNREACHED_VIEWED")
                        && e.getJsonNumber("meetingId").longValue() == id
                        && e.getInt("records") == 1),
        "viewing phone numbers is recorded like the registration list");

    assertEquals(
        204,
        organiser
            .post("/api/meetings/" + id + "/unreached/" + olga.getString("code") + "/informed", "")
            .status());
    JsonObject informed =
        organiser.get("/api/meetings/" + id + "/unreached").jsonArray().getJsonObject(0);
    assertTrue(
        informed.getString("informedAt").startsWith(Fixtures.today().toString()),
        informed.toString());
    assertEquals(
        409,
        organiser
            .post("/api/meetings/" + id + "/unreached/" + de.getString("code") + "/informed", "")
            .status(),
        "Jana got her mail");
    assertEquals(403, Accounts.partner().get("/api/meetings/" + id + "/unreached").status());
    assertEquals(401, Api.anonymous().get("/api/meetings/" + id + "/unreached").status());
  }

  @Test
  void aNewPlaceReachesEachRegistrantWithBothPlacesAndTheNewLocation() throws Exception {
    LocalDate day = Fixtures.today().plusDays(15);
    long oldVenue = venue("Bürgerhaus " + title);
    long newVenue = venue("Stadtteiltreff " + title);
    long id = meeting(day, 10, "\"venueId\":" + oldVenue);
    String lena = address("lena");
    String sami = address("sami");
    register(id, "Lena", lena, null, "de");
    JsonObject ar = register(id, "Sami", sami, null, "ar");
    mailsTo(lena, 1);
    mailsTo(sami, 1);

    replan(id, day, "15:00", "17:00", "\"venueId\":" + newVenue);

    MimeMessage german = only(mailsTo(lena, 2), 2).get(1);
    assertEquals("Neuer Ort: " + title, german.getSubject());
    String text = textOf(german);
    assertTrue(
        text.contains(
            "Vorher: " + when(day, Locale.GERMAN) + "–17:00, Bürgerhaus " + title + ", Weg 1"),
        text);
    assertTrue(
        text.contains(
            "Jetzt: " + when(day, Locale.GERMAN) + "–17:00, Stadtteiltreff " + title + ", Weg 1"),
        text);
    VEvent event = calendarOf(german);
    assertEquals(1, event.getSequence().getValue());
    assertTrue(
        event.getLocation().getValue().startsWith("Stadtteiltreff " + title),
        event.getLocation().getValue());

    MimeMessage arabic = only(mailsTo(sami, 2), 2).get(1);
    assertEquals("مكان جديد: " + arabicTitle, arabic.getSubject());
    assertTrue(textOf(arabic).contains("Stadtteiltreff " + title), textOf(arabic));
    assertEquals(1, calendarOf(arabic).getSequence().getValue());
    assertEquals(
        "CHANGED",
        Api.anonymous()
            .get("/api/registrations/" + ar.getString("token"))
            .json()
            .getJsonArray("notices")
            .getJsonObject(0)
            .getString("kind"));
  }

  @Test
  void aCancellationReachesPlacesAndWaitingListWithMethodCancelAndReleasesAndPromotesNobody()
      throws Exception {
    LocalDate day = Fixtures.today().plusDays(16);
    long id = meeting(day, 2, "\"onlineUrl\":\"https://meet.example.org/c\"");
    String jonas = address("jonas");
    String nour = address("nour");
    String emre = address("emre");
    JsonObject de = register(id, "Jonas", jonas, null, "de");
    register(id, "Nour", nour, null, "ar");
    JsonObject waiting = register(id, "Emre", emre, null, "tr");
    assertEquals("WAITLISTED", waiting.getString("status"));
    mailsTo(jonas, 1);
    mailsTo(nour, 1);
    mailsTo(emre, 1);

    Api.Reply cancelled =
        organiser.post(
            "/api/meetings/" + id + "/cancel", "{\"reason\":\"Die Heizung ist ausgefallen.\"}");
    assertEquals(200, cancelled.status(), cancelled.toString());

    MimeMessage german = only(mailsTo(jonas, 2), 2).get(1);
    assertEquals("Fällt aus: " + title, german.getSubject());
    assertTrue(textOf(german).contains("Grund: Die Heizung ist ausgefallen."), textOf(german));
    assertTrue(
        calendarPart(german).getContentType().contains("method=CANCEL"),
        calendarPart(german).getContentType());
    ICalendar calendar = Biweekly.parse(icsOf(german)).first();
    assertEquals("CANCEL", calendar.getMethod().getValue());
    assertEquals("CANCELLED", calendar.getEvents().get(0).getStatus().getValue());
    assertEquals(1, calendar.getEvents().get(0).getSequence().getValue());
    assertEquals("treffpunkt@example.org", calendar.getEvents().get(0).getOrganizer().getEmail());

    MimeMessage arabic = only(mailsTo(nour, 2), 2).get(1);
    assertEquals("أُلغي اللقاء: " + arabicTitle, arabic.getSubject());
    ICalendar arabicCalendar = Biweekly.parse(icsOf(arabic)).first();
    assertEquals("CANCEL", arabicCalendar.getMethod().getValue());
    assertEquals("CANCELLED", arabicCalendar.getEvents().get(0).getStatus().getValue());

    MimeMessage toWaiting = only(mailsTo(emre, 2), 2).get(1);
    assertEquals("Buluşma iptal: " + title, toWaiting.getSubject());
    assertTrue(
        toWaiting.getContent() instanceof String, "no calendar entry for a place never held");

    JsonObject meeting = organiser.get("/api/meetings/" + id).json();
    assertEquals(2, meeting.getInt("confirmedPersons"), "nothing released");
    assertEquals(1, meeting.getInt("waitingPersons"));
    assertEquals(
        204, Api.anonymous().delete("/api/registrations/" + de.getString("token")).status());
    assertEquals(
        "WAITLISTED",
        Api.anonymous()
            .get("/api/registrations/" + waiting.getString("token"))
            .json()
            .getString("status"),
        "nobody moves up into a cancelled meeting");
    assertEquals(
        409,
        Api.anonymous()
            .post(
                "/api/meetings/" + id + "/registrations",
                "{\"name\":\"Spät\",\"consent\":true}",
                "X-Forwarded-For",
                Fixtures.randomClient())
            .status());
  }

  @Test
  void aSeriesEditTellsEachRegistrantOnceOfAllTheirDatesAndLeavesEarlierDatesAlone()
      throws Exception {
    LocalDate first = Fixtures.today().plusDays(14);
    Api.Reply series =
        organiser.post(
            "/api/series",
            "{\"title\":{\"de\":\""
                + title
                + "\",\"ar\":\""
                + arabicTitle
                + "\"},\"formatId\":1,\"districtId\":3,\"onlineUrl\":\"https://meet.example.org/s\",\"start\":\""
                + first
                + "T15:00\",\"end\":\""
                + first
                + "T17:00\",\"capacity\":10,\"recurrence\":{\"frequency\":\"WEEKLY\","
                + "\"count\":3}}");
    assertEquals(201, series.status(), series.toString());
    List<Long> dates =
        series.json().getJsonArray("meetingIds").getValuesAs(jakarta.json.JsonNumber.class).stream()
            .map(jakarta.json.JsonNumber::longValue)
            .toList();
    String mia = address("mia");
    String ali = address("ali");
    String early = address("early");
    JsonObject firstDate = register(dates.get(0), "Früh", early, null, "de");
    JsonObject second = register(dates.get(1), "Mia", mia, null, "de");
    JsonObject third = register(dates.get(2), "Mia", mia, null, "de");
    JsonObject arabicThird = register(dates.get(2), "Ali", ali, null, "ar");
    mailsTo(mia, 2);
    mailsTo(ali, 1);
    mailsTo(early, 1);

    Api.Reply edit =
        organiser.put(
            "/api/series/" + Json.id(series.json()),
            "{\"fromDate\":\""
                + first.plusWeeks(1)
                + "\",\"startTime\":\"16:00\",\"endTime\":\"18:00\"}");
    assertEquals(200, edit.status(), edit.toString());

    // one task sends this edit's mails in the order of its dates and registrations: Ali's comes
    // after Mia's
    MimeMessage arabic = only(mailsTo(ali, 2), 2).get(1);
    assertEquals("موعد جديد: " + arabicTitle, arabic.getSubject());
    assertTrue(textOf(arabic).contains(arabicThird.getString("code")), textOf(arabic));
    List<MimeMessage> miasMails = only(mailsTo(mia, 3), 3);
    MimeMessage german =
        miasMails.stream()
            .filter(m -> subject(m).startsWith("Neue Zeit"))
            .findFirst()
            .orElseThrow();
    String text = textOf(german);
    assertTrue(text.contains("Ihr Code: " + second.getString("code")), text);
    assertTrue(text.contains("Ihr Code: " + third.getString("code")), text);
    assertTrue(
        text.contains(
            "Jetzt: " + when(first.plusWeeks(2), LocalTime.of(16, 0), Locale.GERMAN) + "–18:00"),
        text);
    List<VEvent> events = Biweekly.parse(icsOf(german)).first().getEvents();
    assertEquals(2, events.size(), "both of Mia's dates in one calendar");
    assertEquals(
        List.of(
            "meeting-" + dates.get(1) + "@treffpunkt", "meeting-" + dates.get(2) + "@treffpunkt"),
        events.stream().map(e -> e.getUid().getValue()).sorted().toList());
    for (VEvent event : events) {
      assertEquals(1, event.getSequence().getValue());
      assertEquals(LocalTime.of(16, 0), startOf(event).toLocalTime());
    }
    assertEquals(
        0,
        Api.anonymous()
            .get("/api/registrations/" + firstDate.getString("token"))
            .json()
            .getJsonArray("notices")
            .size(),
        "the first date did not change");
    assertEquals(1, mailsTo(early, 1).size());
  }

  @Test
  void aTypoInTheDescriptionTellsNobodyButTheNextMoveDoes() throws Exception {
    LocalDate day = Fixtures.today().plusDays(17);
    long id =
        meeting(
            day,
            10,
            "\"onlineUrl\":\"https://meet.example.org/t\",\"description\":{\"de\":\"Wir naehen.\"}");
    String ida = address("ida");
    JsonObject de = register(id, "Ida", ida, null, "de");
    mailsTo(ida, 1);

    replan(
        id,
        day,
        "15:00",
        "17:00",
        "\"onlineUrl\":\"https://meet.example.org/t\",\"description\":{\"de\":\"Wir nähen.\"}");

    assertEquals(
        0,
        Api.anonymous()
            .get("/api/registrations/" + de.getString("token"))
            .json()
            .getJsonArray("notices")
            .size());
    replan(
        id,
        day,
        "16:00",
        "18:00",
        "\"onlineUrl\":\"https://meet.example.org/t\",\"description\":{\"de\":\"Wir nähen.\"}");
    List<MimeMessage> mails = only(mailsTo(ida, 2), 2);
    assertEquals("Neue Zeit: " + title, mails.get(1).getSubject());
    assertEquals(
        1,
        Api.anonymous()
            .get("/api/registrations/" + de.getString("token"))
            .json()
            .getJsonArray("notices")
            .size(),
        "only the move");
  }

  @Test
  void aMessageReachesEveryoneInTheirLanguageByMailOnTheirPageOrByPhone() throws Exception {
    LocalDate day = Fixtures.today().plusDays(18);
    long id = meeting(day, 10, "\"onlineUrl\":\"https://meet.example.org/m\"");
    String paul = address("paul");
    String huda = address("huda");
    register(id, "Paul", paul, null, "de");
    JsonObject ar = register(id, "Huda", huda, null, "ar");
    JsonObject phoneOnly = register(id, "Taras", null, "0391 777", "uk");
    mailsTo(paul, 1);
    mailsTo(huda, 1);

    Api.Reply sent =
        organiser.post(
            "/api/meetings/" + id + "/messages",
            "{\"text\":{\"de\":\"Bitte bringen Sie Ihre Papiere mit.\",\"ar\":\"يرجى إحضار أوراقكم.\"}}");

    assertEquals(201, sent.status(), sent.toString());
    assertEquals(3, sent.json().getInt("registrations"));
    assertEquals(1, sent.json().getInt("withoutAddress"));
    MimeMessage german = only(mailsTo(paul, 2), 2).get(1);
    assertEquals("Nachricht zu: " + title, german.getSubject());
    assertTrue(german.getContent() instanceof String, "a message changes no calendar entry");
    assertTrue(textOf(german).contains("Bitte bringen Sie Ihre Papiere mit."), textOf(german));
    MimeMessage arabic = only(mailsTo(huda, 2), 2).get(1);
    assertTrue(textOf(arabic).contains("يرجى إحضار أوراقكم."), textOf(arabic));
    assertFalse(textOf(arabic).contains("Papiere"), textOf(arabic));
    JsonObject onPage =
        Api.anonymous()
            .get("/api/registrations/" + ar.getString("token") + "?lang=ar")
            .json()
            .getJsonArray("notices")
            .getJsonObject(0);
    assertEquals("MESSAGE", onPage.getString("kind"));
    assertEquals("يرجى إحضار أوراقكم.", onPage.getString("text"));
    assertEquals(
        "Bitte bringen Sie Ihre Papiere mit.",
        Api.anonymous()
            .get("/api/registrations/" + phoneOnly.getString("token") + "?lang=uk")
            .json()
            .getJsonArray("notices")
            .getJsonObject(0)
            .getString("text"),
        "German where the message has no translation");
    assertEquals(
        List.of(phoneOnly.getString("code")),
        organiser
            .get("/api/meetings/" + id + "/unreached")
            .jsonArray()
            .getValuesAs(JsonObject.class)
            .stream()
            .map(u -> u.getString("code"))
            .toList());

    Api.Reply noGerman =
        organiser.post("/api/meetings/" + id + "/messages", "{\"text\":{\"ar\":\"فقط\"}}");
    assertEquals(400, noGerman.status());
    assertEquals(Map.of("text.de", "Bitte ausfüllen."), Json.errors(noGerman));
    assertEquals(
        403,
        Accounts.partner()
            .post("/api/meetings/" + id + "/messages", "{\"text\":{\"de\":\"x\"}}")
            .status());
    assertEquals(
        1,
        Api.anonymous()
            .get("/api/registrations/" + ar.getString("token"))
            .json()
            .getJsonArray("notices")
            .size(),
        "refused messages are not stored");
  }

  @Test
  void theBackOfficeFormShowsTheApisFieldErrorsAndSendsTheMessage() {
    Accounts.Login login = Accounts.organiserLogin("notices");
    LocalDate day = Fixtures.today().plusDays(19);
    long id = Json.id(Fixtures.meeting(login.api(), day, "10:00", "12:00", 10, ""));
    JsonObject resident = Fixtures.register(id, "Karim", 1, 0, "\"phone\":\"0391 999\"");
    FacesSession browser = FacesSession.loggedIn(login.username(), Accounts.PASSWORD);
    FacesSession.Page page = browser.get("/manage/registrations.xhtml?meeting=" + id + "&lang=de");

    FacesSession.Page refused =
        browser.submit(page, "message", "message:send", Map.of("message:text_de", " "));

    assertTrue(
        refused.body().contains("Bitte ausfüllen."),
        "the API's message for text.de next to the field");
    assertEquals(
        0,
        Api.anonymous()
            .get("/api/registrations/" + resident.getString("token"))
            .json()
            .getJsonArray("notices")
            .size());

    FacesSession.Page answer =
        browser.submit(
            refused,
            "message",
            "message:send",
            Map.of("message:text_de", "Der Eingang ist hinten."));
    assertTrue(answer.body().contains("Die Nachricht ist verschickt."), "confirmed on the page");
    String unreached =
        answer
            .body()
            .substring(
                answer.body().indexOf("id=\"unreached\""), answer.body().indexOf("id=\"message\""));
    assertTrue(
        unreached.contains(resident.getString("code")), "Karim is to be phoned: " + unreached);
    assertEquals(
        "Der Eingang ist hinten.",
        Api.anonymous()
            .get("/api/registrations/" + resident.getString("token"))
            .json()
            .getJsonArray("notices")
            .getJsonObject(0)
            .getString("text"));
  }

  // ----------------------------------------------------------------------------------------------
  // helpers

  private long meeting(LocalDate day, int capacity, String more) {
    Api.Reply reply = organiser.post("/api/meetings", body(day, "15:00", "17:00", capacity, more));
    assertEquals(201, reply.status(), reply.toString());
    return Json.id(reply.json());
  }

  private void replan(long id, LocalDate day, String from, String to, String more) {
    Api.Reply reply = organiser.put("/api/meetings/" + id, body(day, from, to, 10, more));
    assertEquals(200, reply.status(), reply.toString());
  }

  private String body(LocalDate day, String from, String to, int capacity, String more) {
    return "{\"title\":{\"de\":\""
        + title
        + "\",\"ar\":\""
        + arabicTitle
        + "\"},\"formatId\":1,\"districtId\":3,"
        + "\"start\":\""
        + day
        + "T"
        + from
        + "\",\"end\":\""
        + day
        + "T"
        + to
        + "\",\"capacity\":"
        + capacity
        + ","
        + more
        + "}";
  }

  private long venue(String name) {
    Api.Reply reply =
        organiser.post(
            "/api/venues", "{\"name\":\"" + name + "\",\"address\":\"Weg 1\",\"districtId\":3}");
    assertEquals(201, reply.status(), reply.toString());
    return Json.id(reply.json());
  }

  private static String address(String name) {
    return Accounts.unique(name).toLowerCase(Locale.ROOT) + "@example.org";
  }

  private static JsonObject register(
      long meetingId, String name, String email, String phone, String locale) {
    Api.Reply reply =
        Api.anonymous()
            .post(
                "/api/meetings/" + meetingId + "/registrations",
                "{\"name\":\""
                    + name
                    + "\","
                    + (email == null ? "" : "\"email\":\"" + email + "\",")
                    + (phone == null ? "" : "\"phone\":\"" + phone + "\",")
                    + "\"consent\":true,\"locale\":\""
                    + locale
                    + "\"}",
                "X-Forwarded-For",
                Fixtures.randomClient());
    assertEquals(201, reply.status(), reply.toString());
    return reply.json();
  }

  /** "Dienstag, 2. März 2027 um 15:00" as the mails write the start of a date. */
  private static String when(LocalDate day, Locale locale) {
    return when(day, LocalTime.of(15, 0), locale);
  }

  private static String when(LocalDate day, LocalTime time, Locale locale) {
    return LocalDateTime.of(day, time)
        .format(
            DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT)
                .withLocale(locale));
  }

  /**
   * Waits (up to 20 s) until {@code address} has at least {@code atLeast} mails; returns them in
   * arrival order.
   */
  private static List<MimeMessage> mailsTo(String address, int atLeast) {
    long deadline = System.currentTimeMillis() + 20_000;
    List<MimeMessage> found;
    do {
      found = Arrays.stream(SMTP.getReceivedMessages()).filter(m -> to(m).equals(address)).toList();
      if (found.size() >= atLeast) {
        return found;
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    } while (System.currentTimeMillis() < deadline);
    return found;
  }

  private static List<MimeMessage> only(List<MimeMessage> mails, int expected) {
    assertEquals(
        expected, mails.size(), mails.stream().map(ChangeNoticeIT::subject).toList().toString());
    return mails;
  }

  private static String to(MimeMessage message) {
    try {
      return message.getRecipients(Message.RecipientType.TO)[0].toString();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String textOf(MimeMessage message) throws Exception {
    Object content = message.getContent();
    return content instanceof Multipart parts
        ? (String) parts.getBodyPart(0).getContent()
        : (String) content;
  }

  private static jakarta.mail.BodyPart calendarPart(MimeMessage message) throws Exception {
    jakarta.mail.BodyPart part = ((Multipart) message.getContent()).getBodyPart(1);
    assertTrue(part.getContentType().startsWith("text/calendar"), part.getContentType());
    return part;
  }

  private static String icsOf(MimeMessage message) throws Exception {
    return new String(
        calendarPart(message).getInputStream().readAllBytes(), StandardCharsets.UTF_8);
  }

  private static VEvent calendarOf(MimeMessage message) throws Exception {
    ICalendar calendar = Biweekly.parse(icsOf(message)).first();
    assertNotNull(calendar, "a parsable calendar");
    return calendar.getEvents().get(0);
  }

  private static int confirmedSequence(VEvent event) {
    return event.getSequence() == null ? 0 : event.getSequence().getValue();
  }

  private static LocalDateTime startOf(VEvent event) {
    return LocalDateTime.ofInstant(event.getDateStart().getValue().toInstant(), Fixtures.BERLIN);
  }
}
