package org.treffpunkt.interpreting;

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

/**
 * An interpreter's personal data can be erased; their bookings keep the language, so the figures
 * stay right.
 */
@ServerTest
class InterpreterErasureIT {

  @Test
  void erasingAnInterpreterRemovesTheirDataAndKeepsTheBookingsLanguage() {
    Api organiser = Accounts.organiser();
    String name = Accounts.unique("Leyla Ahmadi");
    Api.Reply added =
        organiser.post(
            "/api/interpreters",
            "{\"name\":\""
                + name
                + "\",\"languages\":[\"fa\",\"ar\"],\"contact\":\"0391 555 0101\",\"notes\":\"mag Abende\"}");
    long interpreter = Json.id(added.json());
    long meeting =
        Json.id(
            Fixtures.meeting(organiser, Fixtures.today().plusDays(15), "10:00", "12:00", 10, ""));
    Fixtures.register(meeting, "Braucht Farsi", 1, 0, "\"interpreterLanguage\":\"fa\"");
    assertEquals(
        201,
        organiser
            .post(
                "/api/meetings/" + meeting + "/interpreters",
                "{\"interpreterId\":" + interpreter + ",\"language\":\"fa\"}")
            .status());

    assertEquals(
        403, Accounts.partner().post("/api/interpreters/" + interpreter + "/erasure", "").status());
    Api.Reply erased = organiser.post("/api/interpreters/" + interpreter + "/erasure", "");

    assertEquals(204, erased.status(), erased.toString());
    String pool = organiser.get("/api/interpreters").body();
    assertFalse(
        pool.contains(name) || pool.contains("0391 555 0101") || pool.contains("mag Abende"), pool);
    JsonObject entry =
        organiser.get("/api/interpreters").jsonArray().getValuesAs(JsonObject.class).stream()
            .filter(i -> Json.id(i) == interpreter)
            .findFirst()
            .orElseThrow();
    assertTrue(entry.getBoolean("erased"));
    assertFalse(entry.getBoolean("active"), "out of the pool for good");
    JsonObject booking =
        organiser.get("/api/meetings/" + meeting + "/interpreters").jsonArray().getJsonObject(0);
    assertEquals("fa", booking.getString("language"), "the booking keeps its language");
    assertTrue(
        organiser
            .get("/api/meetings/" + meeting + "/language-needs")
            .jsonArray()
            .getJsonObject(0)
            .getBoolean("interpreterAssigned"),
        "the need stays covered");
    assertEquals(
        409,
        organiser
            .put(
                "/api/interpreters/" + interpreter,
                "{\"name\":\"Wieder da\",\"languages\":[\"fa\"]}")
            .status(),
        "erased data cannot be filled in again");
    assertEquals(
        400,
        organiser
            .post(
                "/api/meetings/" + meeting + "/interpreters",
                "{\"interpreterId\":" + interpreter + ",\"language\":\"ar\"}")
            .status(),
        "no longer bookable");
  }
}
