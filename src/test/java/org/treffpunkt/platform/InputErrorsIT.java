package org.treffpunkt.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.treffpunkt.testing.Json.errors;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.treffpunkt.testing.Accounts;
import org.treffpunkt.testing.Api;
import org.treffpunkt.testing.Fixtures;
import org.treffpunkt.testing.Json;
import org.treffpunkt.testing.ServerTest;

/**
 * Junk in filters is refused before any work; a wrong JSON type is named with the field and the
 * type expected.
 */
@ServerTest
class InputErrorsIT {

  @Test
  void unknownFeedFiltersAre400BeforeAnyRendering() {
    for (String query :
        new String[] {
          "language=xx", "language=deutsch", "district=atlantis", "format=party", "language=ar%00"
        }) {
      Api.Reply reply =
          Api.anonymous().get("/calendar/meetings.ics?" + query, "Accept-Language", "en");
      assertEquals(400, reply.status(), query);
      assertTrue(reply.contentType().startsWith("application/problem+json"), query);
      assertTrue(reply.json().getString("detail").contains("Unknown filter"), reply.toString());
    }
    Api.Reply upper = Api.anonymous().get("/calendar/meetings.ics?language=AR");
    Api.Reply lower = Api.anonymous().get("/calendar/meetings.ics?language=ar");
    assertEquals(200, upper.status());
    assertEquals(lower.header("ETag"), upper.header("ETag"), "one canonical key: the same feed");
    assertEquals(400, Api.anonymous().get("/api/meetings?language=klingon").status());
  }

  @Test
  void aFieldOfTheWrongJsonTypeIsNamedWithTheTypeExpected() {
    long id =
        Json.id(
            Fixtures.meeting(
                Accounts.organiser(), Fixtures.today().plusDays(8), "10:00", "12:00", 9, ""));

    Api.Reply reply =
        Api.anonymous()
            .post(
                "/api/meetings/" + id + "/registrations",
                "{\"name\":\"A\",\"adults\":\"zwei\",\"consent\":true,\"needs\":{\"stepFree\":[\"ja\"]}}",
                "Accept-Language",
                "en");
    Api.Reply meeting =
        Accounts.organiser()
            .post(
                "/api/meetings",
                "{\"interpretation\":[\"ar\"],\"title\":\"x\"}",
                "Accept-Language",
                "de");

    assertEquals(400, reply.status(), reply.toString());
    Map<String, String> fields = errors(reply);
    assertEquals("Expected a number.", fields.get("adults"), reply.toString());
    assertEquals("Expected true or false.", fields.get("needs.stepFree"), reply.toString());
    assertEquals(400, meeting.status());
    assertEquals(
        "Erwartet wird true oder false.",
        errors(meeting).get("interpretation"),
        meeting.toString());
    assertEquals(
        "Erwartet wird ein Objekt mit Feldern.", errors(meeting).get("title"), meeting.toString());
    assertEquals(
        0,
        Api.anonymous().get("/api/meetings/" + id).json().getInt("confirmedPersons"),
        "nothing stored");
  }
}
