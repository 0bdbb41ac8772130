package org.treffpunkt.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.treffpunkt.testing.Accounts;
import org.treffpunkt.testing.Api;
import org.treffpunkt.testing.Fixtures;
import org.treffpunkt.testing.Json;
import org.treffpunkt.testing.ServerTest;

/** A used Idempotency-Key gives the earlier answer only to a retry of the very same request. */
@ServerTest
class IdempotencyReplayIT {

  private static Api.Reply register(long meeting, String key, String body) {
    return Api.anonymous()
        .post(
            "/api/meetings/" + meeting + "/registrations",
            body,
            "Idempotency-Key",
            key,
            "Accept-Language",
            "en");
  }

  private static String body(String name, String email) {
    return "{\"name\":\""
        + name
        + "\",\"email\":\""
        + email
        + "\",\"adults\":1,\"children\":0,\"consent\":true}";
  }

  @Test
  void replayingSomeoneElsesKeyWithAnotherBodyIs422AndDisclosesNothing() {
    long meeting =
        Json.id(
            Fixtures.meeting(
                Accounts.organiser(), Fixtures.today().plusDays(6), "10:00", "11:00", 5, ""));
    String key = UUID.randomUUID().toString();
    Api.Reply first = register(meeting, key, body("Samira Haddad", "samira@example.org"));

    Api.Reply replay = register(meeting, key, body("Eve", "eve@example.org"));
    Api.Reply retry = register(meeting, key, body("Samira Haddad", "samira@example.org"));

    assertEquals(201, first.status(), first.toString());
    assertEquals(422, replay.status(), replay.toString());
    assertTrue(replay.contentType().startsWith("application/problem+json"));
    assertTrue(replay.json().getString("detail").contains("Idempotency-Key"), replay.toString());
    for (String secret :
        new String[] {
          first.json().getString("token"),
          first.json().getString("code"),
          "Samira",
          "samira@example.org"
        }) {
      assertFalse(replay.body().contains(secret), "the replay must not show " + secret);
    }
    assertEquals(201, retry.status());
    assertEquals(first.json(), retry.json(), "a true retry still gets the first answer");
    assertEquals(
        1,
        Api.anonymous().get("/api/meetings/" + meeting).json().getInt("confirmedPersons"),
        "stored once");
  }
}
