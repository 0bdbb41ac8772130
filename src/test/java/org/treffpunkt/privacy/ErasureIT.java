package org.treffpunkt.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.treffpunkt.testing.Accounts;
import org.treffpunkt.testing.Api;
import org.treffpunkt.testing.Fixtures;
import org.treffpunkt.testing.Json;
import org.treffpunkt.testing.ServerTest;

@ServerTest
class ErasureIT {

  @Test
  void aResidentSeesEverythingStoredAndDeletesItAtOnceWhileTheCountsStay() {
    Api organiser = Accounts.organiser();
    long id =
        Json.id(
            Fixtures.meeting(organiser, Fixtures.today().plusDays(8), "10:00", "12:00", 2, null));
    JsonObject mine =
        Fixtures.register(
            id,
            "Nadia",
            2,
            0,
            "\"email\":\"nadia@example.org\",\"phone\":\"0391 5\","
                + "\"remark\":\"vegetarisch\",\"languages\":[\"ar\"],\"needs\":{\"other\":\"Rollator\"},"
                + "\"targetGroup\":{\"nonEuCitizen\":true}");
    JsonObject waiting = Fixtures.register(id, "Omid", 1, 0, null);
    String token = mine.getString("token");

    JsonObject stored = Api.anonymous().get("/api/registrations/" + token).json();
    assertEquals("nadia@example.org", stored.getString("email"));
    assertEquals("Rollator", stored.getJsonObject("needs").getString("other"));
    assertTrue(stored.getJsonObject("targetGroup").getBoolean("nonEuCitizen"));
    String page = Api.anonymous().get("/r/" + token + "?lang=de").body();
    assertTrue(
        page.contains("Alles, was wir über Sie gespeichert haben")
            && page.contains("vegetarisch")
            && page.contains("Meine Daten jetzt löschen"),
        "the page shows everything and offers deletion");

    assertEquals(
        204, Api.anonymous().post("/api/registrations/" + token + "/erasure", "").status());

    assertEquals(404, Api.anonymous().get("/api/registrations/" + token).status());
    assertEquals(
        404, Api.anonymous().post("/api/registrations/" + token + "/erasure", "").status());
    assertEquals(404, Api.anonymous().get("/r/" + token).status());
    assertEquals(
        "CONFIRMED",
        Api.anonymous()
            .get("/api/registrations/" + waiting.getString("token"))
            .json()
            .getString("status"),
        "the place went to the waiting list");
    JsonObject erased =
        organiser
            .get("/api/meetings/" + id + "/registrations")
            .jsonArray()
            .getValuesAs(JsonObject.class)
            .get(0);
    assertEquals("CANCELLED", erased.getString("status"));
    assertFalse(
        erased.containsKey("name")
            || erased.containsKey("email")
            || erased.containsKey("phone")
            || erased.containsKey("remark"),
        erased.toString());
    assertEquals(2, erased.getInt("adults"), "the anonymous count stays");
    assertEquals(1, organiser.get("/api/meetings/" + id).json().getInt("confirmedPersons"));
    assertEquals(
        404, Api.anonymous().post("/api/registrations/" + token + "x/erasure", "").status());
  }

  @Test
  void thePrivacyNoticeSaysWhatIsKeptWhyAndHowLongInEveryLanguage() {
    for (String language : java.util.List.of("de", "en", "ar", "fa", "uk", "ru", "tr")) {
      Api.Reply page = Api.anonymous().get("/privacy.xhtml?lang=" + language);
      assertEquals(200, page.status());
      assertTrue(page.body().contains("lang=\"" + language + "\""), language);
      String thirty =
          java.text.NumberFormat.getInstance(java.util.Locale.forLanguageTag(language)).format(30);
      assertTrue(
          page.body().contains(thirty),
          language + ": the retention period configured for the tests, " + thirty);
    }
    assertTrue(
        Api.anonymous()
            .get("/privacy.xhtml?lang=en&erased=1")
            .body()
            .contains("Your data has been deleted."));
  }
}
