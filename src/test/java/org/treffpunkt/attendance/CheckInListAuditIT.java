package org.treffpunkt.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.treffpunkt.testing.Accounts;
import org.treffpunkt.testing.Api;
import org.treffpunkt.testing.Fixtures;
import org.treffpunkt.testing.Json;
import org.treffpunkt.testing.ServerTest;

/**
 * The check-in list through the API names people like the page does, and is recorded like the page.
 */
@ServerTest
class CheckInListAuditIT {

  @Test
  void readingTheCheckInListThroughTheApiIsAuditedOncePerViewWindow() {
    Accounts.Login staff = Accounts.organiserLogin("door");
    long meeting =
        Json.id(
            Fixtures.meeting(staff.api(), Fixtures.today().plusDays(2), "10:00", "11:00", 10, ""));
    Fixtures.register(meeting, "Karim", 2, 1, "");
    Fixtures.register(meeting, "Olena", 1, 0, "");

    JsonObject first = staff.api().get("/api/meetings/" + meeting + "/attendance").json();
    staff.api().get("/api/meetings/" + meeting + "/attendance");

    List<String> names =
        first.getJsonArray("participants").getValuesAs(JsonObject.class).stream()
            .map(p -> p.getString("name"))
            .toList();
    assertEquals(List.of("Karim", "Olena"), names, "by name, with their codes and sizes");
    List<JsonObject> entries =
        Api.admin().get("/api/audit").jsonArray().getValuesAs(JsonObject.class).stream()
            .filter(e -> e.getString("username").equals(staff.username()))
            .toList();
    assertEquals(
        1, entries.size(), "the same list looked at twice within minutes is one view: " + entries);
    assertEquals("CHECK_IN_LIST_VIEWED", entries.get(0).getString("action"));
    assertEquals(2, entries.get(0).getInt("records"));
    assertTrue(first.getJsonArray("participants").getJsonObject(0).containsKey("code"));
  }
}
