package org.treffpunkt.attendance;

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
class AttendanceIT {

  private final Api organiser = Accounts.organiser();

  private long meeting(int capacity) {
    return Json.id(
        Fixtures.meeting(
            organiser, Fixtures.today().plusDays(2), "10:00", "12:00", capacity, null));
  }

  private JsonObject attendance(long meetingId) {
    Api.Reply reply = organiser.get("/api/meetings/" + meetingId + "/attendance");
    assertEquals(200, reply.status(), reply.toString());
    return reply.json();
  }

  private static String figures(JsonObject a) {
    return a.getInt("confirmedPersons")
        + "/"
        + a.getInt("attendedPersons")
        + "/"
        + a.getInt("attendedRegistrations")
        + "/"
        + a.getInt("walkInPersons")
        + "/"
        + a.getInt("presentPersons");
  }

  @Test
  void checkInUndoAndWalkInsChangeTheAttendanceFigures() {
    long id = meeting(10);
    String family = Fixtures.register(id, "Familie Haddad", 2, 1, null).getString("code");
    String single = Fixtures.register(id, "Olena", 1, 0, null).getString("code");
    assertEquals("4/0/0/0/0", figures(attendance(id)));

    Api.Reply in = organiser.post("/api/meetings/" + id + "/attendance/" + family, "");
    assertEquals(200, in.status(), in.toString());
    assertTrue(in.json().getBoolean("attended"));
    assertEquals("4/3/1/0/3", figures(attendance(id)));

    assertEquals(
        200,
        organiser.post("/api/meetings/" + id + "/attendance/" + family.toLowerCase(), "").status(),
        "checking in twice (and in lower case) changes nothing");
    assertEquals("4/3/1/0/3", figures(attendance(id)));

    Api.Reply walkIn =
        organiser.post("/api/meetings/" + id + "/walk-ins", "{\"persons\":3,\"language\":\"AR\"}");
    assertEquals(201, walkIn.status(), walkIn.toString());
    assertEquals("ar", walkIn.json().getString("language"));
    organiser.post("/api/meetings/" + id + "/walk-ins", "{\"persons\":1}");
    organiser.post("/api/meetings/" + id + "/attendance/" + single, "");
    JsonObject all = attendance(id);
    assertEquals("4/4/2/4/8", figures(all));
    assertEquals(
        List.of("3:ar", "1:null"),
        all.getJsonArray("walkIns").getValuesAs(JsonObject.class).stream()
            .map(
                w ->
                    w.getInt("persons")
                        + ":"
                        + (w.containsKey("language") ? w.getString("language") : "null"))
            .toList());

    Api.Reply undo = organiser.delete("/api/meetings/" + id + "/attendance/" + family);
    assertEquals(200, undo.status(), undo.toString());
    assertFalse(undo.json().getBoolean("attended"));
    assertEquals(
        204,
        organiser.delete("/api/meetings/" + id + "/walk-ins/" + Json.id(walkIn.json())).status());
    assertEquals("4/1/1/1/2", figures(attendance(id)));

    JsonObject listed =
        organiser
            .get("/api/meetings/" + id + "/registrations")
            .jsonArray()
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(r -> r.getString("code").equals(single))
            .findFirst()
            .orElseThrow();
    assertTrue(listed.getBoolean("attended"), "the registration list shows who came");
  }

  @Test
  void onlyRegistrationsHoldingAPlaceCanBeCheckedIn() {
    long id = meeting(1);
    Fixtures.register(id, "Erste", 1, 0, null);
    JsonObject waiting = Fixtures.register(id, "Wartend", 1, 0, null);
    assertEquals("WAITLISTED", waiting.getString("status"));

    Api.Reply refused =
        organiser.post("/api/meetings/" + id + "/attendance/" + waiting.getString("code"), "");
    assertEquals(409, refused.status(), refused.toString());
    assertEquals(404, organiser.post("/api/meetings/" + id + "/attendance/ZZZZ-ZZZZ", "").status());
    long other = meeting(5);
    assertEquals(
        404,
        organiser
            .post("/api/meetings/" + other + "/attendance/" + waiting.getString("code"), "")
            .status(),
        "a code belongs to its meeting");
    assertEquals(0, attendance(id).getInt("attendedPersons"));
  }

  @Test
  void badWalkInsAreRefusedWithFieldMessagesAndStoreNothing() {
    long id = meeting(5);
    for (String body :
        List.of(
            "{\"persons\":0}", "{\"persons\":501}", "{}", "{\"persons\":2,\"language\":\"xx1\"}")) {
      Api.Reply reply =
          organiser.post("/api/meetings/" + id + "/walk-ins", body, "Accept-Language", "de");
      assertEquals(400, reply.status(), body + " → " + reply);
      assertTrue(reply.contentType().startsWith("application/problem+json"));
      assertFalse(Json.errors(reply).isEmpty(), reply.toString());
    }
    assertEquals(
        "Mindestens 1.",
        Json.errors(
                organiser.post(
                    "/api/meetings/" + id + "/walk-ins",
                    "{\"persons\":0}",
                    "Accept-Language",
                    "de"))
            .get("persons"));
    assertEquals(0, attendance(id).getInt("walkInPersons"));
    assertEquals(
        404, organiser.post("/api/meetings/99999999/walk-ins", "{\"persons\":1}").status());
  }

  @Test
  void attendanceIsForOrganisersOnly() {
    long id = meeting(5);
    String code = Fixtures.register(id, "Sami", 1, 0, null).getString("code");
    Api partner = Accounts.partner();
    assertEquals(401, Api.anonymous().get("/api/meetings/" + id + "/attendance").status());
    assertEquals(
        401, Api.anonymous().post("/api/meetings/" + id + "/attendance/" + code, "").status());
    assertEquals(403, partner.post("/api/meetings/" + id + "/attendance/" + code, "").status());
    assertEquals(
        403, partner.post("/api/meetings/" + id + "/walk-ins", "{\"persons\":2}").status());
    assertEquals("1/0/0/0/0", figures(attendance(id)));
  }
}
