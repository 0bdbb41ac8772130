package org.treffpunkt.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.treffpunkt.testing.Accounts;
import org.treffpunkt.testing.Api;
import org.treffpunkt.testing.FacesSession;
import org.treffpunkt.testing.Fixtures;
import org.treffpunkt.testing.Json;
import org.treffpunkt.testing.ServerTest;

/**
 * A foreign site cannot make a logged-in browser change data, read personal data, or fill the audit
 * log.
 */
@ServerTest
class CrossSiteIT {

  private static final String EVIL = "https://evil.example";

  @Test
  void aForeignSiteCannotMakeAnAdminsBrowserRunTheAnonymisation() {
    FacesSession admin = FacesSession.loggedIn("admin", Api.ADMIN_PASSWORD);

    FacesSession.Page forged =
        admin.send("POST", "/api/anonymisation", "text/plain", "", "Origin", EVIL);
    FacesSession.Page referred =
        admin.send("POST", "/api/anonymisation", "text/plain", "", "Referer", EVIL + "/page.html");
    FacesSession.Page neither = admin.send("POST", "/api/anonymisation", "text/plain", "");
    FacesSession.Page nullOrigin =
        admin.send("POST", "/api/anonymisation", "application/json", "", "Origin", "null");

    for (FacesSession.Page refused : java.util.List.of(forged, referred, neither, nullOrigin)) {
      assertEquals(403, refused.status(), refused.body());
      assertTrue(refused.header("Content-Type").orElse("").startsWith("application/problem+json"));
    }
    FacesSession.Page ours =
        admin.send("POST", "/api/anonymisation", "application/json", "", "Origin", Api.BASE);
    assertEquals(200, ours.status(), "from our own pages it works: " + ours.body());
  }

  @Test
  void aFormPostedFromAnotherSiteNeverReachesTheApplication() {
    FacesSession organiser =
        FacesSession.loggedIn(Accounts.organiserLogin("csrf").username(), Accounts.PASSWORD);
    String venue = Accounts.unique("Fremdsaal");

    FacesSession.Page forged =
        organiser.send(
            "POST",
            "/api/venues",
            "text/plain",
            "{\"name\":\"" + venue + "\",\"address\":\"Weg 1\",\"districtId\":1}",
            "Origin",
            EVIL);
    FacesSession.Page page = organiser.get("/manage/venues.xhtml");
    FacesSession.Page form =
        organiser.send(
            "POST",
            "/manage/venues.xhtml",
            "application/x-www-form-urlencoded",
            "venue=venue&venue%3Aname=" + venue + "&venue%3Asave=venue%3Asave",
            "Origin",
            EVIL);

    assertEquals(403, forged.status());
    assertEquals(403, form.status());
    assertEquals(200, page.status());
    assertTrue(!Api.anonymous().get("/api/venues").body().contains(venue), "nothing was stored");
  }

  @Test
  void theLoginFormCannotBePostedFromAnotherSite() {
    FacesSession visitor = FacesSession.anonymous();
    FacesSession.Page login = visitor.get("/login.xhtml");
    String viewState = FacesSession.fieldsOf(login.body(), "login").get("jakarta.faces.ViewState");

    FacesSession.Page forged =
        visitor.send(
            "POST",
            "/login.xhtml",
            "application/x-www-form-urlencoded",
            "login=login&login%3Ausername=admin&login%3Apassword="
                + Api.ADMIN_PASSWORD
                + "&login%3Asubmit=login%3Asubmit&jakarta.faces.ViewState="
                + java.net.URLEncoder.encode(viewState, java.nio.charset.StandardCharsets.UTF_8),
            "Origin",
            EVIL);

    assertEquals(403, forged.status());
    assertEquals(302, visitor.get("/manage/").status(), "not logged in");
  }

  @Test
  void aCrossSiteGetNeitherReadsPersonalDataNorWritesTheAuditLog() {
    Api organiserApi = Accounts.organiser();
    long meeting =
        Json.id(
            Fixtures.meeting(organiserApi, Fixtures.today().plusDays(9), "10:00", "11:00", 5, ""));
    Fixtures.register(meeting, "Sichtbar", 1, 0, "");
    Accounts.Login staff = Accounts.organiserLogin("audited");
    FacesSession browser = FacesSession.loggedIn(staff.username(), Accounts.PASSWORD);

    FacesSession.Page api =
        browser.get(
            "/api/meetings/" + meeting + "/registrations",
            "Sec-Fetch-Site",
            "cross-site",
            "Sec-Fetch-Mode",
            "no-cors");
    FacesSession.Page page =
        browser.get(
            "/manage/registrations.xhtml?meeting=" + meeting,
            "Sec-Fetch-Site",
            "cross-site",
            "Sec-Fetch-Mode",
            "navigate");
    FacesSession.Page checkIn =
        browser.get(
            "/manage/checkin.xhtml?meeting=" + meeting,
            "Sec-Fetch-Site",
            "cross-site",
            "Sec-Fetch-Mode",
            "navigate");

    assertEquals(403, api.status());
    assertTrue(!api.body().contains("Sichtbar"));
    assertEquals(302, page.status());
    assertTrue(page.location().endsWith("/manage/"), page.location());
    assertEquals(302, checkIn.status());
    assertEquals(0, auditEntriesOf(staff.username()), "no view was recorded");

    FacesSession.Page ours =
        browser.get(
            "/manage/registrations.xhtml?meeting=" + meeting,
            "Sec-Fetch-Site",
            "same-origin",
            "Sec-Fetch-Mode",
            "navigate");
    assertEquals(200, ours.status());
    assertTrue(ours.body().contains("Sichtbar"));
    assertEquals(1, auditEntriesOf(staff.username()));
  }

  private static long auditEntriesOf(String username) {
    return Api.admin().get("/api/audit").jsonArray().getValuesAs(JsonObject.class).stream()
        .filter(e -> e.getString("username").equals(username))
        .count();
  }
}
