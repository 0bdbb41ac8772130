package org.treffpunkt.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.treffpunkt.testing.Accounts;
import org.treffpunkt.testing.Api;
import org.treffpunkt.testing.FacesSession;
import org.treffpunkt.testing.Fixtures;
import org.treffpunkt.testing.Json;
import org.treffpunkt.testing.ServerTest;

/** What browsers are told on every answer, and that public pages leave no sessions behind. */
@ServerTest
class SecurityHeadersIT {

  @Test
  void everyPageHasAContentSecurityPolicyWithAScriptNonceAndCannotBeFramed() {
    long meeting =
        Json.id(
            Fixtures.meeting(
                Accounts.organiser(), Fixtures.today().plusDays(4), "10:00", "11:00", 5, ""));
    for (String path :
        List.of(
            "/",
            "/meetings/" + meeting,
            "/meetings/" + meeting + "/register",
            "/login.xhtml",
            "/privacy.xhtml",
            "/api-docs/")) {
      FacesSession.Page page = FacesSession.anonymous().get(path);
      assertEquals(200, page.status(), path);
      String policy = page.header("Content-Security-Policy").orElse("");
      assertTrue(policy.contains("frame-ancestors 'none'"), path + ": " + policy);
      assertTrue(
          policy.matches(".*script-src 'self' 'nonce-[A-Za-z0-9+/=_-]+';?"), path + ": " + policy);
      assertFalse(policy.contains("unsafe-eval"), path);
      assertEquals("nosniff", page.header("X-Content-Type-Options").orElse(""), path);
      assertEquals("DENY", page.header("X-Frame-Options").orElse(""), path);
      assertEquals(
          "strict-origin-when-cross-origin", page.header("Referrer-Policy").orElse(""), path);
      String nonce = policy.replaceAll(".*'nonce-([^']+)'.*", "$1");
      assertFalse(
          page.body().contains(" onclick=\"") || page.body().contains(" oninput=\""),
          path + " has an inline handler");
      assertTrue(
          !page.body().contains("<script") || page.body().contains("nonce=\"" + nonce + "\""),
          path);
    }
  }

  @Test
  void addressesWithASecretSendNoReferrerAndPersonalDataIsNeverStored() {
    long meeting =
        Json.id(
            Fixtures.meeting(
                Accounts.organiser(), Fixtures.today().plusDays(4), "10:00", "11:00", 5, ""));
    String token = Fixtures.register(meeting, "Privat", 1, 0, "").getString("token");

    FacesSession.Page own = FacesSession.anonymous().get("/r/" + token);
    Api.Reply json = Api.anonymous().get("/api/registrations/" + token);
    FacesSession.Page ics =
        FacesSession.anonymous().get("/calendar/registrations/" + token + ".ics");

    assertEquals(200, own.status());
    assertEquals("no-referrer", own.header("Referrer-Policy").orElse(""));
    assertEquals("no-store", own.header("Cache-Control").orElse(""));
    assertEquals("no-store", json.header("Cache-Control").orElse(""));
    assertEquals("no-referrer", ics.header("Referrer-Policy").orElse(""));
    assertTrue(json.header("Content-Security-Policy").orElse("").startsWith("default-src 'none'"));

    FacesSession admin = FacesSession.loggedIn("admin", Api.ADMIN_PASSWORD);
    assertEquals(
        "no-store",
        admin
            .get("/manage/registrations.xhtml?meeting=" + meeting)
            .header("Cache-Control")
            .orElse(""));
    assertEquals(
        "no-store",
        Api.admin()
            .get("/api/meetings/" + meeting + "/registrations")
            .header("Cache-Control")
            .orElse(""));
  }

  @Test
  void overPlainHttpThereIsNoHstsAndTheSessionCookieIsHttpOnly() {
    FacesSession.Page login = FacesSession.anonymous().get("/login.xhtml");

    assertTrue(
        login.header("Strict-Transport-Security").isEmpty(),
        "HSTS only when the base URL is https");
    String cookie = login.header("Set-Cookie").orElse("");
    assertTrue(
        cookie.startsWith("JSESSIONID=")
            && cookie.contains("HttpOnly")
            && cookie.contains("SameSite=Lax"),
        cookie);
  }

  @Test
  void publicPagesWithoutAFormCreateNoSession() {
    long meeting =
        Json.id(
            Fixtures.meeting(
                Accounts.organiser(), Fixtures.today().plusDays(4), "10:00", "11:00", 5, ""));
    for (String path :
        List.of(
            "/",
            "/?lang=ar",
            "/meetings/" + meeting,
            "/privacy.xhtml",
            "/api-docs/",
            "/meetings/999999999",
            "/calendar/meetings.ics",
            "/api/districts")) {
      FacesSession.Page page = FacesSession.anonymous().get(path);
      assertTrue(
          page.headers().allValues("Set-Cookie").stream()
              .noneMatch(c -> c.startsWith("JSESSIONID")),
          path + " created a session");
    }
  }
}
