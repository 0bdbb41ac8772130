package org.treffpunkt.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.treffpunkt.testing.Json.errors;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.treffpunkt.testing.Accounts;
import org.treffpunkt.testing.Api;
import org.treffpunkt.testing.Fixtures;
import org.treffpunkt.testing.ServerTest;

/**
 * Personal access tokens: made with the password, shown once, used as Bearer, revoked, and bound to
 * their owner.
 */
@ServerTest
class ApiTokenIT {

  @Test
  void aTokenIsShownOnceWorksAsBearerAndStopsWhenRevoked() {
    String username = Accounts.unique("script");
    Accounts.create(username, "[\"organiser\"]", null);
    Api withPassword = Api.as(username, Accounts.PASSWORD);

    Api.Reply created =
        withPassword.post(
            "/api/tokens",
            "{\"name\":\"Newsletter-Export\",\"expiresAt\":\""
                + Fixtures.today().plusDays(30)
                + "\"}");

    assertEquals(201, created.status(), created.toString());
    String token = created.json().getString("token");
    assertTrue(token.startsWith("tp_") && token.length() > 40, token);
    assertTrue(
        created.json().getString("expiresAt").startsWith(Fixtures.today().plusDays(30).toString())
            || created
                .json()
                .getString("expiresAt")
                .startsWith(Fixtures.today().plusDays(31).toString()));
    Api bearer = Api.withToken(token);
    assertEquals(
        201,
        bearer
            .post("/api/venues", "{\"name\":\"Per Token\",\"address\":\"Weg 3\",\"districtId\":2}")
            .status(),
        "acts with the owner's rights");
    List<JsonObject> mine =
        withPassword.get("/api/tokens").jsonArray().getValuesAs(JsonObject.class);
    assertEquals(1, mine.size());
    assertEquals(username, mine.get(0).getString("owner"));
    assertFalse(mine.get(0).containsKey("token"), "never shown again");
    assertFalse(mine.get(0).isNull("lastUsedAt"), "its use is recorded");

    assertEquals(
        403,
        bearer.post("/api/tokens", "{\"name\":\"Nachschub\"}").status(),
        "a token cannot make tokens");
    long id = mine.get(0).getJsonNumber("id").longValue();
    assertEquals(
        404, Accounts.organiser().delete("/api/tokens/" + id).status(), "not someone else's");
    assertEquals(204, withPassword.delete("/api/tokens/" + id).status());
    Api.Reply after = bearer.get("/api/partners");
    assertEquals(401, after.status());
    assertTrue(after.header("WWW-Authenticate").orElse("").contains("Bearer"));
    assertTrue(withPassword.get("/api/tokens").jsonArray().isEmpty());
  }

  @Test
  void aTokenStopsWithItsOwnersAccount() {
    String username = Accounts.unique("leaver");
    long id = Accounts.create(username, "[\"organiser\"]", null);
    Api bearer = Api.withTokenOf(username, Accounts.PASSWORD);
    assertEquals(200, bearer.get("/api/interpreters").status());

    Api.admin()
        .put(
            "/api/users/" + id,
            "{\"roles\":[\"partner\"],\"partnerId\":" + Accounts.newPartner() + "}");
    assertEquals(
        403, bearer.get("/api/interpreters").status(), "the owner's roles of now, not of then");

    Api.admin().put("/api/users/" + id, "{\"active\":false}");
    assertEquals(
        401, bearer.get("/api/partners").status(), "a deactivated owner's token works no more");
  }

  @Test
  void adminsSeeAndRevokeEveryonesTokens() {
    String username = Accounts.unique("watched");
    Accounts.create(username, "[\"partner\"]", Accounts.newPartner());
    Api bearer = Api.withTokenOf(username, Accounts.PASSWORD);

    JsonObject listed =
        Api.admin().get("/api/tokens").jsonArray().getValuesAs(JsonObject.class).stream()
            .filter(t -> t.getString("owner").equals(username))
            .findFirst()
            .orElseThrow();
    assertEquals(204, Api.admin().delete("/api/tokens/" + listed.getJsonNumber("id")).status());

    assertEquals(401, bearer.get("/api/partners").status());
  }

  @Test
  void expiriesBeyondAYearOrInThePastAndNamelessTokensAreRefused() {
    Api withPassword = Api.as("admin", Api.ADMIN_PASSWORD);
    Api.Reply tooLong =
        withPassword.post(
            "/api/tokens",
            "{\"name\":\"Ewig\",\"expiresAt\":\"" + Fixtures.today().plusYears(2) + "\"}",
            "Accept-Language",
            "en");
    Api.Reply past =
        withPassword.post(
            "/api/tokens",
            "{\"name\":\"Gestern\",\"expiresAt\":\"" + Fixtures.today().minusDays(1) + "\"}");
    Api.Reply nameless = withPassword.post("/api/tokens", "{\"expiresAt\":\"morgen\"}");

    assertEquals(400, tooLong.status());
    assertTrue(errors(tooLong).get("expiresAt").contains("366"), tooLong.toString());
    assertEquals(400, past.status());
    assertEquals(400, nameless.status());
    assertTrue(errors(nameless).containsKey("name"), nameless.toString());
    assertEquals(401, Api.withToken("tp_" + "x".repeat(43)).get("/api/partners").status());
    assertEquals(401, Api.withToken("not-ours").get("/api/partners").status());
    assertEquals(401, Api.anonymous().get("/api/tokens").status());
  }
}
