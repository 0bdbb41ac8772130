package org.treffpunkt.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.treffpunkt.testing.Accounts;
import org.treffpunkt.testing.Api;
import org.treffpunkt.testing.ServerTest;

@ServerTest
class AccessControlIT {

  private static final String VENUE = "{\"name\":\"Saal\",\"address\":\"Weg 1\",\"districtId\":1}";

  private static void assertUnauthorized(Api.Reply reply) {
    assertEquals(401, reply.status(), reply.toString());
    assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
    assertEquals(401, reply.json().getInt("status"));
    assertTrue(
        reply.header("WWW-Authenticate").orElse("").startsWith("Basic "),
        reply.headers().toString());
  }

  private static void assertForbidden(Api.Reply reply) {
    assertEquals(403, reply.status(), reply.toString());
    assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
    assertEquals(403, reply.json().getInt("status"));
  }

  @Test
  void anonymousWritesAre401() {
    assertUnauthorized(Api.anonymous().post("/api/venues", VENUE));
    assertUnauthorized(Api.anonymous().get("/api/users"));
    assertUnauthorized(Api.anonymous().get("/api/partners"));
  }

  @Test
  void wrongOrMalformedCredentialsAre401EvenOnPublicPaths() {
    assertUnauthorized(Api.as("admin", "wrong password").post("/api/venues", VENUE));
    assertUnauthorized(Api.as("nobody-" + System.nanoTime(), "whatever1234").get("/api/districts"));
    assertUnauthorized(Api.anonymous().get("/api/users", "Authorization", "Basic not-base64!"));
  }

  @Test
  void aPartnerMayNotDoWhatOrganisersDo() {
    Api partner = Accounts.partner();

    assertForbidden(partner.post("/api/venues", VENUE));
    assertForbidden(partner.post("/api/partners", "{\"name\":\"Neu\"}"));
    assertForbidden(partner.get("/api/users"));
    assertEquals(200, partner.get("/api/partners").status());
  }

  @Test
  void onlyAdminsManageUsersAndNoPasswordEverComesBack() {
    assertForbidden(Accounts.organiser().get("/api/users"));

    Api.Reply users = Api.admin().get("/api/users");

    assertEquals(200, users.status());
    Set<String> fields =
        users.jsonArray().getValuesAs(JsonObject.class).stream()
            .flatMap(u -> u.keySet().stream())
            .collect(Collectors.toSet());
    Set<String> allowed =
        Set.of("id", "username", "displayName", "roles", "active", "partnerId", "createdAt");
    assertTrue(allowed.containsAll(fields), fields.toString());
    assertFalse(users.body().contains(Accounts.PASSWORD));
    assertFalse(users.body().toLowerCase().contains("pbkdf2"));
  }

  @Test
  void adminImpliesOrganiser() {
    assertEquals(201, Api.admin().post("/api/venues", VENUE).status());
  }

  @Test
  void aDeactivatedAccountCannotLogInUntilReactivated() {
    String username = Accounts.unique("leaving");
    long id = Accounts.create(username, "[\"organiser\"]", null);
    Api user = Api.as(username, Accounts.PASSWORD);
    assertEquals(200, user.get("/api/partners").status());

    assertEquals(200, Api.admin().put("/api/users/" + id, "{\"active\":false}").status());
    assertUnauthorized(user.get("/api/partners"));

    assertEquals(200, Api.admin().put("/api/users/" + id, "{\"active\":true}").status());
    assertEquals(200, user.get("/api/partners").status());
  }

  @Test
  void aPasswordResetReplacesTheOldPassword() {
    String username = Accounts.unique("forgetful");
    long id = Accounts.create(username, "[\"organiser\"]", null);

    Api.Reply reset =
        Api.admin().put("/api/users/" + id, "{\"password\":\"a brand new password\"}");

    assertEquals(200, reset.status(), reset.toString());
    assertUnauthorized(Api.as(username, Accounts.PASSWORD).get("/api/partners"));
    assertEquals(200, Api.as(username, "a brand new password").get("/api/partners").status());
  }

  @Test
  void rolesCanBeChangedAndTakeEffectAtOnce() {
    String username = Accounts.unique("promoted");
    long partnerId = Accounts.newPartner();
    long id = Accounts.create(username, "[\"partner\"]", partnerId);
    Api user = Api.as(username, Accounts.PASSWORD);
    assertForbidden(user.post("/api/venues", VENUE));

    Api.Reply changed = Api.admin().put("/api/users/" + id, "{\"roles\":[\"organiser\"]}");

    assertEquals(200, changed.status(), changed.toString());
    assertEquals("organiser", changed.json().getJsonArray("roles").getString(0));
    assertEquals(201, user.post("/api/venues", VENUE).status());
  }

  @Test
  void anAdminCannotLockThemselvesOut() {
    long adminId =
        Api.admin().get("/api/users").jsonArray().getValuesAs(JsonObject.class).stream()
            .filter(u -> u.getString("username").equals("admin"))
            .findFirst()
            .orElseThrow()
            .getJsonNumber("id")
            .longValue();

    Api.Reply reply = Api.admin().put("/api/users/" + adminId, "{\"active\":false}");

    assertEquals(409, reply.status(), reply.toString());
    assertEquals(200, Api.admin().get("/api/users").status());
  }

  @Test
  void invalidAccountsAreRefusedFieldByField() {
    Api.Reply reply =
        Api.admin()
            .post(
                "/api/users",
                "{\"username\":\"No Spaces\",\"displayName\":\"x\",\"password\":\"short\",\"roles\":[\"partner\",\"boss\"]}",
                "Accept-Language",
                "en");

    assertEquals(400, reply.status());
    Set<String> fields =
        reply.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
            .map(e -> e.getString("field"))
            .collect(Collectors.toSet());
    assertEquals(Set.of("username", "password", "roles.1", "partnerId"), fields);
  }

  @Test
  void aUsernameIsTakenOnce() {
    String username = Accounts.unique("twice");
    Accounts.create(username, "[\"organiser\"]", null);

    Api.Reply second =
        Api.admin()
            .post(
                "/api/users",
                "{\"username\":\""
                    + username
                    + "\",\"displayName\":\"B\",\"password\":\"another password\","
                    + "\"roles\":[\"organiser\"]}");

    assertEquals(400, second.status());
    assertEquals(
        "username", second.json().getJsonArray("errors").getJsonObject(0).getString("field"));
  }

  @Test
  void theBackOfficeSendsAnonymousVisitorsToTheLoginForm() {
    Api.Reply reply = Api.anonymous().get("/manage/");

    assertEquals(302, reply.status());
    assertTrue(
        reply.header("Location").orElseThrow().endsWith("/login.xhtml?continue=%2Fmanage%2F"),
        reply.header("Location").orElseThrow());
  }

  @Test
  void passwordsNeverReachTheServerLog() throws IOException {
    String username = Accounts.unique("logged");
    long id = Accounts.create(username, "[\"organiser\"]", null);
    Api.admin().put("/api/users/" + id, "{\"password\":\"secret reset value\"}");
    Api.as(username, "a wrong guess 123").get("/api/users");

    Path log = Path.of(System.getProperty("jboss.home"), "standalone", "log", "server.log");
    String content = Files.readString(log, StandardCharsets.UTF_8);

    assertTrue(content.contains("Account " + username + " created"), "the log names the change");
    assertFalse(content.contains(Accounts.PASSWORD));
    assertFalse(content.contains("secret reset value"));
    assertFalse(content.contains("a wrong guess 123"));
    assertFalse(content.contains(Api.ADMIN_PASSWORD));
  }
}
