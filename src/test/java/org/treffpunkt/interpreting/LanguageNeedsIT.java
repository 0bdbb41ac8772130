package org.treffpunkt.interpreting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.treffpunkt.testing.Accounts;
import org.treffpunkt.testing.Api;
import org.treffpunkt.testing.Fixtures;
import org.treffpunkt.testing.Json;
import org.treffpunkt.testing.ServerTest;

@ServerTest
class LanguageNeedsIT {

  private final Api organiser = Accounts.organiser();

  private long meeting(LocalDate day, String from, String to, int capacity) {
    return Json.id(Fixtures.meeting(organiser, day, from, to, capacity, "\"formatId\":4"));
  }

  private static JsonObject register(long meetingId, int adults, int children, String interpreter) {
    return Fixtures.register(
        meetingId,
        "N",
        adults,
        children,
        interpreter == null ? null : "\"interpreterLanguage\":\"" + interpreter + "\"");
  }

  private List<JsonObject> needs(long meetingId) {
    Api.Reply reply = organiser.get("/api/meetings/" + meetingId + "/language-needs");
    assertEquals(200, reply.status(), reply.toString());
    return reply.jsonArray().getValuesAs(JsonObject.class);
  }

  @Test
  void needsCountConfirmedPersonsAndFollowCancellationsAndPromotions() {
    long id = meeting(LocalDate.now(ZoneId.of("Europe/Berlin")).plusDays(20), "10:00", "12:00", 4);
    JsonObject family = register(id, 2, 1, "ar");
    register(id, 1, 0, "fa");
    JsonObject waiting = register(id, 1, 0, "ar");
    register(id, 1, 0, null);

    assertEquals(
        List.of("ar:3:false", "fa:1:false"),
        needs(id).stream()
            .map(
                n ->
                    n.getString("language")
                        + ":"
                        + n.getInt("persons")
                        + ":"
                        + n.getBoolean("interpreterAssigned"))
            .toList(),
        "the waiting person does not count yet");

    Api.anonymous().delete("/api/registrations/" + family.getString("token"));

    assertEquals(
        List.of("ar:1", "fa:1"),
        needs(id).stream().map(n -> n.getString("language") + ":" + n.getInt("persons")).toList(),
        "promoted person counts now");
    assertEquals(
        "CONFIRMED",
        Api.anonymous()
            .get("/api/registrations/" + waiting.getString("token"))
            .json()
            .getString("status"));
  }

  @Test
  void unmetNeedsDisappearWhenAnInterpreterIsBookedAndOverlapsAreReported() {
    LocalDate day = LocalDate.now(ZoneId.of("Europe/Berlin")).plusDays(3);
    long first = meeting(day, "10:00", "12:00", 10);
    long overlapping = meeting(day, "11:00", "13:00", 10);
    register(first, 1, 0, "uk");
    Api.Reply interpreter =
        organiser.post(
            "/api/interpreters",
            "{\"name\":\""
                + Accounts.unique("Iryna")
                + "\",\"languages\":[\"uk\",\"ru\"],\"contact\":\"0391 …\"}");
    assertEquals(201, interpreter.status(), interpreter.toString());
    long interpreterId = Json.id(interpreter.json());

    List<JsonObject> before =
        organiser
            .get("/api/language-needs?from=" + day + "&to=" + day.plusDays(1))
            .jsonArray()
            .getValuesAs(JsonObject.class);
    JsonObject row =
        before.stream()
            .filter(n -> n.getJsonNumber("meetingId").longValue() == first)
            .findFirst()
            .orElseThrow();
    assertTrue(row.getBoolean("unmet"));
    assertTrue(row.getBoolean("withinLeadTime"), "3 days ahead, lead time 7 days");

    Api.Reply booked =
        organiser.post(
            "/api/meetings/" + first + "/interpreters",
            "{\"interpreterId\":" + interpreterId + ",\"language\":\"uk\"}");
    assertEquals(201, booked.status(), booked.toString());
    assertTrue(needs(first).get(0).getBoolean("interpreterAssigned"));
    List<JsonObject> after =
        organiser
            .get("/api/language-needs?from=" + day + "&to=" + day.plusDays(1))
            .jsonArray()
            .getValuesAs(JsonObject.class);
    assertFalse(
        after.stream()
            .filter(n -> n.getJsonNumber("meetingId").longValue() == first)
            .findFirst()
            .orElseThrow()
            .getBoolean("unmet"));

    Api.Reply double_ =
        organiser.post(
            "/api/meetings/" + overlapping + "/interpreters",
            "{\"interpreterId\":" + interpreterId + ",\"language\":\"ru\"}");
    assertEquals(201, double_.status());
    assertEquals(
        first, double_.json().getJsonArray("conflictingMeetingIds").getJsonNumber(0).longValue());
    assertEquals(
        400,
        organiser
            .post(
                "/api/meetings/" + overlapping + "/interpreters",
                "{\"interpreterId\":" + interpreterId + ",\"language\":\"ar\"}")
            .status(),
        "does not speak Arabic");
  }

  @Test
  void stepFreeAndChildcareNeedsAreShownAgainstTheVenueAndTheOffer() {
    Api.Reply venue =
        organiser.post(
            "/api/venues",
            "{\"name\":\""
                + Accounts.unique("Altbau")
                + "\","
                + "\"address\":\"Breiter Weg 1\",\"districtId\":5,\"stepFree\":false}");
    assertEquals(201, venue.status(), venue.toString());
    LocalDate day = LocalDate.now(ZoneId.of("Europe/Berlin")).plusDays(30);
    long id =
        Json.id(
            Fixtures.meeting(
                organiser,
                day,
                "15:00",
                "17:00",
                20,
                "\"venueId\":" + Json.id(venue.json()) + ",\"childcare\":false"));
    Fixtures.register(id, "Rollstuhl", 1, 0, "\"needs\":{\"stepFree\":true}");
    Fixtures.register(id, "Familie", 2, 3, "\"needs\":{\"childcare\":true}");
    Fixtures.register(id, "Ohne", 1, 2, null);

    JsonObject row =
        organiser
            .get("/api/language-needs?from=" + day + "&to=" + day.plusDays(1))
            .jsonArray()
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(n -> n.getJsonNumber("meetingId").longValue() == id)
            .findFirst()
            .orElseThrow(
                () -> new AssertionError("meetings with access needs only are listed too"));
    JsonObject access = row.getJsonObject("access");
    assertEquals(1, access.getInt("stepFreeRegistrations"));
    assertFalse(access.getBoolean("venueStepFree"), "the venue has steps");
    assertEquals(
        3, access.getInt("childcareChildren"), "children of the family asking for childcare only");
    assertFalse(access.getBoolean("childcareOffered"));
    assertTrue(row.getBoolean("unmet"), "a wheelchair user at a venue with steps is an unmet need");
    assertFalse(row.getBoolean("withinLeadTime"), "30 days ahead");
    assertTrue(row.getJsonArray("needs").isEmpty());
  }

  @Test
  void organisersUpdateInterpretersAndInactiveOnesCannotBeBooked() {
    Api.Reply created =
        organiser.post(
            "/api/interpreters",
            "{\"name\":\"" + Accounts.unique("Leyla") + "\",\"languages\":[\"tr\"]}");
    long interpreterId = Json.id(created.json());
    long meeting =
        Json.id(
            Fixtures.meeting(organiser, Fixtures.today().plusDays(12), "10:00", "11:00", 5, null));

    Api.Reply updated =
        organiser.put(
            "/api/interpreters/" + interpreterId,
            "{\"name\":\"Leyla K.\",\"languages\":[\"tr\",\"KU\"],\"notes\":\"nur vormittags\",\"active\":false}");
    assertEquals(200, updated.status(), updated.toString());
    assertEquals(
        List.of("ku", "tr"),
        updated.json().getJsonArray("languages").getValuesAs(jakarta.json.JsonString.class).stream()
            .map(jakarta.json.JsonString::getString)
            .toList());
    assertFalse(updated.json().getBoolean("active"));
    Api.Reply refused =
        organiser.post(
            "/api/meetings/" + meeting + "/interpreters",
            "{\"interpreterId\":" + interpreterId + ",\"language\":\"ku\"}");
    assertEquals(400, refused.status(), "inactive: " + refused);

    assertEquals(
        400,
        organiser
            .put(
                "/api/interpreters/" + interpreterId,
                "{\"name\":\"Leyla\",\"languages\":[\"klingon\"]}")
            .status());
    assertEquals(
        404,
        organiser
            .put("/api/interpreters/987654321", "{\"name\":\"X\",\"languages\":[\"tr\"]}")
            .status());
    assertEquals(
        403,
        Accounts.partner()
            .put("/api/interpreters/" + interpreterId, "{\"name\":\"X\",\"languages\":[\"tr\"]}")
            .status());
    assertEquals(
        200,
        organiser
            .put(
                "/api/interpreters/" + interpreterId,
                "{\"name\":\"Leyla K.\",\"languages\":[\"tr\",\"ku\"]}")
            .status());
    assertEquals(
        201,
        organiser
            .post(
                "/api/meetings/" + meeting + "/interpreters",
                "{\"interpreterId\":" + interpreterId + ",\"language\":\"ku\"}")
            .status(),
        "active again (active left out means active): bookable");
  }

  @Test
  void theInterpreterPoolAndNeedsAreForOrganisersOnly() {
    assertEquals(401, Api.anonymous().get("/api/interpreters").status());
    assertEquals(403, Accounts.partner().get("/api/interpreters").status());
    assertEquals(403, Accounts.partner().get("/api/language-needs").status());
    assertEquals(404, organiser.get("/api/meetings/987654321/language-needs").status());
  }
}
