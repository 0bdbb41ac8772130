package org.treffpunkt.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.treffpunkt.testing.Accounts;
import org.treffpunkt.testing.Api;
import org.treffpunkt.testing.Fixtures;
import org.treffpunkt.testing.Json;
import org.treffpunkt.testing.ServerTest;

@ServerTest
class FeedbackIT {

  private final Api organiser = Accounts.organiser();

  private static Api.Reply give(long meetingId, String body, String language) {
    return Api.anonymous()
        .post(
            "/api/meetings/" + meetingId + "/feedback",
            body,
            "X-Forwarded-For",
            Fixtures.randomClient(),
            "Accept-Language",
            language);
  }

  private long meeting(int daysFromToday, String more) {
    return Json.id(
        Fixtures.meeting(
            organiser, Fixtures.today().plusDays(daysFromToday), "10:00", "12:00", 10, more));
  }

  @Test
  void feedbackIsTakenOnceTheMeetingBeganAndCountedPerMeetingWithoutAPerson() {
    long past = meeting(-1, null);
    long future = meeting(3, null);

    assertEquals(409, give(future, "{\"answer\":\"YES\"}", "de").status(), "not before it began");
    Api.Reply yes = give(past, "{\"answer\":\"YES\",\"comment\":\"  Gut erklärt  \"}", "ar");
    assertEquals(201, yes.status(), yes.toString());
    assertEquals(
        List.of("answer"),
        List.copyOf(yes.json().keySet()),
        "nothing that could point to a person");
    give(past, "{\"answer\":\"YES\"}", "de");
    give(past, "{\"answer\":\"NO\",\"comment\":\"   \"}", "uk");

    Api.Reply summary = organiser.get("/api/meetings/" + past + "/feedback");
    assertEquals(200, summary.status(), summary.toString());
    JsonObject answers = summary.json().getJsonObject("answers");
    assertEquals(
        List.of(2, 0, 1),
        List.of(answers.getInt("YES"), answers.getInt("PARTLY"), answers.getInt("NO")));
    assertEquals(
        List.of("Gut erklärt"),
        summary.json().getJsonArray("comments").getValuesAs(jakarta.json.JsonString.class).stream()
            .map(jakarta.json.JsonString::getString)
            .toList(),
        "trimmed; blank text is no text");
  }

  @Test
  void badFeedbackIsRefusedAndStoresNothing() {
    long past = meeting(-2, null);
    Api.Reply unknown = give(past, "{\"answer\":\"MAYBE\"}", "en");
    assertEquals(400, unknown.status(), unknown.toString());
    Api.Reply missing = give(past, "{\"comment\":\"ohne Antwort\"}", "en");
    assertEquals(400, missing.status());
    assertEquals("Please fill in.", Json.errors(missing).get("answer"));
    assertEquals(
        400,
        give(past, "{\"answer\":\"YES\",\"comment\":\"" + "x".repeat(1001) + "\"}", "en").status());
    long draft = meeting(-2, "\"published\":false");
    assertEquals(404, give(draft, "{\"answer\":\"YES\"}", "en").status());
    assertEquals(404, give(987654321L, "{\"answer\":\"YES\"}", "en").status());
    long cancelled = meeting(-2, null);
    organiser.post("/api/meetings/" + cancelled + "/cancel", "{\"reason\":\"Sturm\"}");
    assertEquals(409, give(cancelled, "{\"answer\":\"YES\"}", "en").status());

    JsonObject answers =
        organiser.get("/api/meetings/" + past + "/feedback").json().getJsonObject("answers");
    assertEquals(0, answers.getInt("YES") + answers.getInt("PARTLY") + answers.getInt("NO"));
  }

  @Test
  void feedbackHasARateLimitOfItsOwnPerClient() {
    long past = meeting(-1, null);
    long future = meeting(6, null);
    String client = Fixtures.randomClient();
    for (int i = 0; i < 20; i++) {
      assertEquals(
          201,
          Api.anonymous()
              .post(
                  "/api/meetings/" + past + "/feedback",
                  "{\"answer\":\"YES\"}",
                  "X-Forwarded-For",
                  client)
              .status(),
          "feedback " + i);
    }
    Api.Reply limited =
        Api.anonymous()
            .post(
                "/api/meetings/" + past + "/feedback",
                "{\"answer\":\"YES\"}",
                "X-Forwarded-For",
                client);
    assertEquals(429, limited.status());
    assertTrue(limited.header("Retry-After").isPresent());
    assertEquals(
        20,
        organiser
            .get("/api/meetings/" + past + "/feedback")
            .json()
            .getJsonObject("answers")
            .getInt("YES"));
    assertEquals(
        201,
        Api.anonymous()
            .post(
                "/api/meetings/" + future + "/registrations",
                "{\"name\":\"Zaid\",\"adults\":1,\"children\":0,\"consent\":true}",
                "X-Forwarded-For",
                client)
            .status(),
        "registering from the same address is not blocked by feedback");
  }

  @Test
  void theCountsAreForOrganisersAndTheFormIsAtAShortLinkInEveryLanguage() {
    long past = meeting(-1, null);
    assertEquals(401, Api.anonymous().get("/api/meetings/" + past + "/feedback").status());
    assertEquals(403, Accounts.partner().get("/api/meetings/" + past + "/feedback").status());

    Api.Reply german = Api.anonymous().get("/f/" + past + "?lang=de");
    assertEquals(200, german.status());
    assertTrue(german.body().contains("Hat Ihnen dieses Treffen geholfen?"));
    Api.Reply arabic = Api.anonymous().get("/f/" + past + "?lang=ar");
    assertTrue(
        arabic.body().contains("هل ساعدك هذا اللقاء؟") && arabic.body().contains("dir=\"rtl\""));
    assertTrue(
        Api.anonymous()
            .get("/meetings/" + past + "/feedback?lang=tr")
            .body()
            .contains("Bu buluşma size yardımcı oldu mu?"));
    assertEquals(404, Api.anonymous().get("/f/987654321").status());
    assertEquals(404, Api.anonymous().get("/f/" + meeting(-1, "\"published\":false")).status());
    assertFalse(
        Api.anonymous()
            .get("/f/" + meeting(5, null) + "?lang=de")
            .body()
            .contains("id=\"feedback\""),
        "no form before the meeting");
  }
}
