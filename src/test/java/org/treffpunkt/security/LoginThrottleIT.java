package org.treffpunkt.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.treffpunkt.testing.Accounts;
import org.treffpunkt.testing.Api;
import org.treffpunkt.testing.FacesSession;
import org.treffpunkt.testing.Fixtures;
import org.treffpunkt.testing.ServerTest;

/**
 * Password guessing is stopped per account and per client address, for HTTP Basic and the login
 * form alike.
 */
@ServerTest
class LoginThrottleIT {

  private static Api.Reply basic(String username, String password, String client) {
    String credentials =
        Base64.getEncoder()
            .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    return Api.anonymous()
        .get(
            "/api/partners",
            "Authorization",
            "Basic " + credentials,
            "X-Forwarded-For",
            client,
            "Accept-Language",
            "en");
  }

  @Test
  void refusedCredentialsAreAnsweredWithoutAnErrorInTheServerLog() throws IOException {
    Path log = Path.of(System.getProperty("jboss.home"), "standalone", "log", "server.log");
    long before = Files.size(log);
    String username = Accounts.unique("refused");
    Accounts.create(username, "[\"organiser\"]", null);
    String client = Fixtures.randomClient();
    for (int i = 0; i < 5; i++) {
      assertEquals(401, basic(username, "wrong guess " + i, client).status());
    }
    assertEquals(429, basic(username, Accounts.PASSWORD, client).status());
    Api.Reply withBody =
        Api.withToken("tp_not-a-token")
            .post("/api/meetings", "{\"title\":{\"de\":\"x\"}}", "Accept-Language", "en");
    assertEquals(401, withBody.status());
    assertTrue(withBody.contentType().startsWith("application/problem+json"), withBody.toString());

    String appended;
    try (var in = Files.newInputStream(log)) {
      in.skipNBytes(before);
      appended = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertTrue(appended.contains("Failed login for user name '" + username + "'"), appended);
    assertFalse(appended.contains("ERROR [io.undertow"), appended);
  }

  @Test
  void afterFiveWrongPasswordsTheAccountIsThrottledFromEveryAddressUntilTheWindowEnds() {
    String username = Accounts.unique("guessed");
    Accounts.create(username, "[\"organiser\"]", null);
    for (int i = 0; i < 5; i++) {
      assertEquals(401, basic(username, "wrong guess " + i, Fixtures.randomClient()).status());
    }

    Api.Reply throttled = basic(username, Accounts.PASSWORD, Fixtures.randomClient());

    assertEquals(429, throttled.status(), "even the right password waits: it is not checked");
    assertTrue(throttled.contentType().startsWith("application/problem+json"));
    long retryAfter = Long.parseLong(throttled.header("Retry-After").orElseThrow());
    assertTrue(
        retryAfter > 0 && retryAfter <= 15 * 60,
        "seconds until the 15 minutes are over: " + retryAfter);
    assertTrue(throttled.json().getString("detail").contains("wait"), throttled.toString());
  }

  @Test
  void afterFiveWrongPasswordsFromOneAddressEveryAccountIsThrottledThere() {
    String client = "2001:db8:" + (int) (Math.random() * 9000 + 1000) + ":1::17";
    String neighbour = client.replace("::17", "::9999");
    String victim = Accounts.unique("colleague");
    Accounts.create(victim, "[\"organiser\"]", null);
    for (int i = 0; i < 5; i++) {
      assertEquals(401, basic("nobody-" + i + "-" + System.nanoTime(), "guess", client).status());
    }

    assertEquals(429, basic(victim, Accounts.PASSWORD, client).status());
    assertEquals(
        429, basic(victim, Accounts.PASSWORD, neighbour).status(), "IPv6 is counted by its /64");
    assertEquals(
        200,
        basic(victim, Accounts.PASSWORD, Fixtures.randomClient()).status(),
        "from elsewhere the account works");
  }

  @Test
  void aRightPasswordClearsTheAccountsFailures() {
    String username = Accounts.unique("typo");
    Accounts.create(username, "[\"organiser\"]", null);
    for (int round = 0; round < 3; round++) {
      for (int i = 0; i < 4; i++) {
        assertEquals(401, basic(username, "typo " + i, Fixtures.randomClient()).status());
      }
      assertEquals(
          200,
          basic(username, Accounts.PASSWORD, Fixtures.randomClient()).status(),
          "round " + round);
    }
  }

  @Test
  void theLoginFormSharesTheThrottleAndSaysHowLongToWait() {
    String username = Accounts.unique("formuser");
    Accounts.create(username, "[\"organiser\"]", null);
    for (int i = 0; i < 5; i++) {
      basic(username, "wrong " + i, Fixtures.randomClient());
    }
    FacesSession browser = FacesSession.anonymous();
    FacesSession.Page login = browser.get("/login.xhtml?lang=en");

    FacesSession.Page answer =
        browser.submit(
            login,
            "login",
            "login:submit",
            Map.of("login:username", username, "login:password", Accounts.PASSWORD));

    assertEquals(200, answer.status(), "no way in");
    assertTrue(answer.body().contains("Too many failed sign-in attempts"), answer.body());
    assertTrue(browser.get("/manage/").redirectedToLogin());
  }
}
