package org.treffpunkt.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.treffpunkt.testing.Accounts;
import org.treffpunkt.testing.Api;
import org.treffpunkt.testing.ServerTest;

@ServerTest
class ReferenceDataIT {

  @Test
  void theFortyDistrictsOfMagdeburgAreSeeded() {
    Api.Reply reply = Api.anonymous().get("/api/districts");

    assertEquals(200, reply.status());
    assertTrue(reply.contentType().startsWith("application/json"), reply.contentType());
    List<String> names =
        reply.jsonArray().getValuesAs(JsonObject.class).stream()
            .map(d -> d.getString("name"))
            .toList();
    assertEquals(40, names.size());
    assertTrue(
        names.containsAll(
            List.of("Altstadt", "Alt Olvenstedt", "Sudenburg", "Werder", "Neue Neustadt")));
    assertEquals(names.stream().sorted().toList(), names, "ordered by name");
  }

  @Test
  void theFourFormatsHaveNamesInTheRequestedLanguageWithGermanAsDefault() {
    Map<String, String> german = formatNames(Api.anonymous().get("/api/formats"));
    Map<String, String> arabic = formatNames(Api.anonymous().get("/api/formats?lang=ar"));
    Map<String, String> ukrainian =
        formatNames(Api.anonymous().get("/api/formats", "Accept-Language", "uk-UA,uk;q=0.9"));

    assertEquals(
        List.of("exchange", "neighbourhood", "dialogue", "advice"), List.copyOf(german.keySet()));
    assertEquals("Nachbarschaftstreffen", german.get("neighbourhood"));
    assertEquals("جلسة حوار", arabic.get("dialogue"));
    assertEquals("Консультація на місці", ukrainian.get("advice"));
  }

  private static Map<String, String> formatNames(Api.Reply reply) {
    assertEquals(200, reply.status());
    return reply.jsonArray().getValuesAs(JsonObject.class).stream()
        .collect(
            Collectors.toMap(
                f -> f.getString("key"),
                f -> f.getString("name"),
                (a, b) -> a,
                java.util.LinkedHashMap::new));
  }

  @Test
  void anOrganiserCreatesAVenueThatEveryoneCanSee() {
    String name = Accounts.unique("Stadtteiltreff");
    Api.Reply created =
        Accounts.organiser()
            .post(
                "/api/venues",
                "{\"name\":\""
                    + name
                    + "\",\"address\":\"Breiter Weg 1, 39104 Magdeburg\",\"districtId\":3,"
                    + "\"latitude\":52.1277,\"longitude\":11.6292,\"stepFree\":true,\"hearingLoop\":true}");

    assertEquals(201, created.status(), created.toString());
    JsonObject venue = created.json();
    long id = venue.getJsonNumber("id").longValue();
    assertEquals(Api.BASE + "/api/venues/" + id, created.header("Location").orElseThrow());
    assertEquals(3, venue.getInt("districtId"));
    assertTrue(venue.getBoolean("stepFree"));
    assertFalse(venue.getBoolean("accessibleToilet"));
    assertEquals(52.1277, venue.getJsonNumber("latitude").doubleValue(), 1e-9);

    JsonObject listed =
        Api.anonymous().get("/api/venues").jsonArray().getValuesAs(JsonObject.class).stream()
            .filter(v -> v.getJsonNumber("id").longValue() == id)
            .findFirst()
            .orElseThrow();
    assertEquals(name, listed.getString("name"));
    assertTrue(listed.getBoolean("hearingLoop"));
  }

  @Test
  void anInvalidVenueIsRefusedFieldByFieldInTheRequestLanguageAndNotStored() {
    int before = Api.anonymous().get("/api/venues").jsonArray().size();

    Api.Reply reply =
        Api.admin()
            .post(
                "/api/venues",
                "{\"name\":\"\",\"address\":\""
                    + "x".repeat(301)
                    + "\",\"districtId\":999,\"latitude\":52.1}",
                "Accept-Language",
                "en");

    assertEquals(400, reply.status());
    assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
    JsonObject problem = reply.json();
    assertEquals(400, problem.getInt("status"));
    assertEquals("Invalid input", problem.getString("title"));
    Map<String, String> errors =
        problem.getJsonArray("errors").getValuesAs(JsonObject.class).stream()
            .collect(Collectors.toMap(e -> e.getString("field"), e -> e.getString("message")));
    assertEquals(
        Map.of(
            "name", "Please fill in.",
            "address", "At most 300 characters.",
            "districtId", "Unknown: please choose an existing entry.",
            "longitude", "Please give latitude and longitude together."),
        errors);
    assertEquals(before, Api.anonymous().get("/api/venues").jsonArray().size());
  }

  @Test
  void validationMessagesFollowTheLanguage() {
    Api.Reply reply =
        Api.admin().post("/api/venues?lang=tr", "{\"address\":\"A\",\"districtId\":1}");

    assertEquals(400, reply.status());
    JsonObject error = reply.json().getJsonArray("errors").getJsonObject(0);
    assertEquals("name", error.getString("field"));
    assertEquals("Lütfen doldurun.", error.getString("message"));
    assertEquals("Geçersiz giriş", reply.json().getString("title"));
  }

  @Test
  void thePartnerListNamesEveryPartnerOrganisation() {
    long id = Accounts.newPartner();

    List<Long> ids =
        Accounts.organiser().get("/api/partners").jsonArray().getValuesAs(JsonObject.class).stream()
            .map(p -> p.getJsonNumber("id").longValue())
            .toList();

    assertTrue(ids.contains(id));
  }

  @Test
  void aPartnerNameIsUnique() {
    String name = Accounts.unique("Migrantenverein");
    assertEquals(201, Api.admin().post("/api/partners", "{\"name\":\"" + name + "\"}").status());

    Api.Reply second =
        Api.admin().post("/api/partners", "{\"name\":\"" + name + "\"}", "Accept-Language", "de");

    assertEquals(400, second.status());
    assertEquals(
        "Dieser Name ist schon vergeben.",
        ((JsonString) second.json().getJsonArray("errors").getJsonObject(0).get("message"))
            .getString());
  }
}
