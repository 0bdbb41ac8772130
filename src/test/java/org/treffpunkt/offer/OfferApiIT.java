package org.treffpunkt.offer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.treffpunkt.testing.Accounts;
import org.treffpunkt.testing.Api;
import org.treffpunkt.testing.Json;
import org.treffpunkt.testing.ServerTest;

/**
 * Help offers through the API: organisers and the owning partner maintain them (another partner
 * gets 403), published ones are public and filtered by district, language and topic, texts come in
 * the request's language with German as fallback, and bad input is named field by field in the
 * request's language.
 */
@ServerTest
class OfferApiIT {

  private static List<Long> listed(String query) {
    Api.Reply reply = Api.anonymous().get("/api/offers" + query);
    assertEquals(200, reply.status(), reply.toString());
    return reply.jsonArray().getValuesAs(JsonObject.class).stream().map(Json::id).toList();
  }

  @Test
  void anOrganiserAddsAnOfferThatEveryoneReadsWithItsHoursAndPartner() {
    long partner = Accounts.newPartner();
    String title = Accounts.unique("Migrationsberatung");
    Api.Reply created =
        Accounts.organiser()
            .post(
                "/api/offers",
                Offers.body(
                    partner,
                    title,
                    "5",
                    "\"topics\":[\"residence\",\"work\"],\"languages\":[\"ar\",\"de\"],"
                        + "\"address\":\"Breiter Weg 1\",\"accessibility\":\"Stufenlos\","
                        + "\"contact\":\"0391 1234\",\"url\":\"https://beratung.example.org\","
                        + "\"closures\":[{\"date\":\"2027-12-24\",\"note\":\"Heiligabend\"}]"));

    assertEquals(201, created.status(), created.toString());
    long id = Json.id(created.json());
    assertEquals(Api.BASE + "/api/offers/" + id, created.header("Location").orElseThrow());
    JsonObject offer = Api.anonymous().get("/api/offers/" + id).json();
    assertEquals(title, offer.getString("title"));
    assertEquals(partner, offer.getJsonObject("partner").getJsonNumber("id").longValue());
    assertEquals(List.of("ar", "de"), strings(offer, "languages"));
    assertEquals(List.of("residence", "work"), strings(offer, "topics"));
    assertEquals(5, offer.getJsonArray("districts").getJsonObject(0).getInt("id"));
    JsonObject hours = offer.getJsonArray("openingHours").getJsonObject(0);
    assertEquals("TUESDAY", hours.getString("day"));
    assertEquals("09:00", hours.getString("from"));
    assertEquals("12:00", hours.getString("to"));
    assertEquals("2027-12-24", offer.getJsonArray("closures").getJsonObject(0).getString("date"));
    assertEquals("https://beratung.example.org", offer.getString("url"));
    assertTrue(offer.getString("page").endsWith("/offer.xhtml?id=" + id), offer.toString());
  }

  @Test
  void theListFiltersByDistrictLanguageAndTopic() {
    long arabicHousing =
        Json.id(Offers.published("7", "\"languages\":[\"ar\"],\"topics\":[\"housing\"]"));
    long persianHealth =
        Json.id(Offers.published("7", "\"languages\":[\"fa\"],\"topics\":[\"health\"]"));
    long elsewhere = Json.id(Offers.published("8", "\"languages\":[\"ar\"]"));

    List<Long> inDistrict = listed("?district=7");
    assertTrue(
        inDistrict.containsAll(List.of(arabicHousing, persianHealth)), inDistrict.toString());
    assertFalse(inDistrict.contains(elsewhere));
    List<Long> arabic = listed("?district=7&language=ar");
    assertTrue(arabic.contains(arabicHousing));
    assertFalse(arabic.contains(persianHealth));
    List<Long> health = listed("?district=7&topic=health");
    assertTrue(health.contains(persianHealth));
    assertFalse(health.contains(arabicHousing));
  }

  @Test
  void unpublishedOffersAreHiddenFromThePublicButNotFromTheirPartner() {
    long partner = Accounts.newPartner();
    Api own = Accounts.partnerOf(partner).api();
    Api.Reply draft =
        own.post(
            "/api/offers",
            Offers.body(partner, Accounts.unique("Entwurf"), "9", "\"published\":false"));
    assertEquals(201, draft.status(), draft.toString());
    long id = Json.id(draft.json());

    assertEquals(404, Api.anonymous().get("/api/offers/" + id).status());
    assertFalse(listed("?district=9").contains(id));
    assertEquals(200, own.get("/api/offers/" + id).status());
    assertEquals(200, Api.admin().get("/api/offers/" + id).status());
    assertEquals(404, Accounts.partner().get("/api/offers/" + id).status());
  }

  @Test
  void aPartnerMaintainsOnlyItsOwnOrganisationsOffers() {
    long partner = Accounts.newPartner();
    Api own = Accounts.partnerOf(partner).api();
    Api other = Accounts.partner();
    String body = Offers.body(partner, Accounts.unique("Nachbarschaftshilfe"), "3", "");

    Api.Reply created = own.post("/api/offers", body);
    assertEquals(201, created.status(), created.toString());
    long id = Json.id(created.json());
    assertEquals(403, other.post("/api/offers", body).status(), "for another organisation");
    assertEquals(403, other.put("/api/offers/" + id, body).status());
    assertEquals(403, other.delete("/api/offers/" + id).status());

    String renamed = Offers.body(partner, "Umbenannt " + Accounts.unique("x"), "3", "");
    Api.Reply changed = own.put("/api/offers/" + id, renamed);
    assertEquals(200, changed.status(), changed.toString());
    assertTrue(changed.json().getString("title").startsWith("Umbenannt"));
    assertEquals(204, own.delete("/api/offers/" + id).status());
    assertEquals(404, Api.anonymous().get("/api/offers/" + id).status());
  }

  @Test
  void aPartnerWithoutAPartnerIdAddsForItsOwnOrganisation() {
    long partner = Accounts.newPartner();
    Api.Reply created =
        Accounts.partnerOf(partner)
            .api()
            .post(
                "/api/offers",
                "{\"title\":{\"de\":\"" + Accounts.unique("Ohne") + "\"},\"districtIds\":[2]}");
    assertEquals(201, created.status(), created.toString());
    assertEquals(partner, created.json().getJsonObject("partner").getJsonNumber("id").longValue());
  }

  @Test
  void textsComeInTheRequestsLanguageWithGermanWhereATranslationIsMissing() {
    JsonObject offer =
        Offers.published(
            "4",
            "\"title\":{\"de\":\"Schuldnerberatung\",\"ar\":\"استشارة الديون\",\"en\":\"Debt advice\"},"
                + "\"description\":{\"de\":\"Hilfe bei Schulden\",\"en\":\"Help with debts\"}");
    String path = "/api/offers/" + Json.id(offer);

    JsonObject arabic = Api.anonymous().get(path + "?lang=ar").json();
    assertEquals("استشارة الديون", arabic.getString("title"));
    assertEquals("Hilfe bei Schulden", arabic.getString("description"), "German fallback");
    JsonObject english = Api.anonymous().get(path, "Accept-Language", "en").json();
    assertEquals("Help with debts", english.getString("description"));
    assertEquals(
        "Schuldnerberatung", Api.anonymous().get(path + "?lang=tr").json().getString("title"));
  }

  @Test
  void unknownFiltersAreNamedIn400s() {
    Api.Reply reply =
        Api.anonymous().get("/api/offers?district=atlantis&language=xx1&topic=luck&lang=en");

    assertEquals(400, reply.status(), reply.toString());
    assertTrue(reply.contentType().startsWith("application/problem+json"));
    Map<String, String> errors = Json.errors(reply);
    assertEquals(
        List.of("district", "language", "topic"), errors.keySet().stream().sorted().toList());
    assertEquals("Please choose a topic from the list.", errors.get("topic"));
  }

  @Test
  void badInputIsNamedFieldByFieldInTheRequestsLanguage() {
    long partner = Accounts.newPartner();
    Api.Reply reply =
        Api.admin()
            .post(
                "/api/offers?lang=de",
                "{\"partnerId\":"
                    + partner
                    + ",\"title\":{\"en\":\"Only English\"},\"districtIds\":[99999],"
                    + "\"topics\":[\"luck\"],\"languages\":[\"klingon\"],\"url\":\"ftp://x\","
                    + "\"openingHours\":[{\"day\":\"MONDAY\",\"from\":\"14:00\",\"to\":\"10:00\"},"
                    + "{\"day\":\"FUNDAY\",\"from\":\"09:00\",\"to\":\"10:00\"},"
                    + "{\"day\":\"FRIDAY\",\"from\":\"09:00\",\"to\":\"12:00\"},"
                    + "{\"day\":\"FRIDAY\",\"from\":\"11:00\",\"to\":\"13:00\"}],"
                    + "\"closures\":[{\"date\":\"morgen\"}]}");

    assertEquals(400, reply.status(), reply.toString());
    Map<String, String> errors = Json.errors(reply);
    assertEquals(
        List.of(
            "closures.0.date",
            "districtIds.0",
            "languages.0",
            "openingHours.0.to",
            "openingHours.1.day",
            "openingHours.3",
            "title.de",
            "topics.0",
            "url"),
        errors.keySet().stream().sorted().toList());
    assertEquals("Das Ende muss nach dem Beginn liegen.", errors.get("openingHours.0.to"));
    assertTrue(errors.get("openingHours.3").contains("überschneidet"), errors.toString());
  }

  @Test
  void anOrganiserMustNameAnExistingPartner() {
    Api.Reply missing =
        Api.admin().post("/api/offers", "{\"title\":{\"de\":\"Ohne Träger\"},\"districtIds\":[1]}");
    assertEquals(400, missing.status(), missing.toString());
    assertTrue(Json.errors(missing).containsKey("partnerId"));
    Api.Reply unknown =
        Api.admin().post("/api/offers", Offers.body(987654321L, "Unbekannt", "1", ""));
    assertEquals(400, unknown.status());
    assertTrue(Json.errors(unknown).containsKey("partnerId"));
  }

  private static List<String> strings(JsonObject object, String name) {
    return object.getJsonArray(name).getValuesAs(jakarta.json.JsonString.class).stream()
        .map(jakarta.json.JsonString::getString)
        .toList();
  }
}
