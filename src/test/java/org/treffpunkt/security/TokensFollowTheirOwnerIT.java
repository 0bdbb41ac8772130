package org.treffpunkt.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.treffpunkt.testing.Accounts;
import org.treffpunkt.testing.Api;
import org.treffpunkt.testing.FacesSession;
import org.treffpunkt.testing.ServerTest;

/** Private feed addresses and sessions work only as long as their owner still may use them. */
@ServerTest
class TokensFollowTheirOwnerIT {

  private static String feedPath(Api owner) {
    Api.Reply created = owner.post("/api/feed-tokens", "{\"name\":\"Kalender\"}");
    assertEquals(201, created.status(), created.toString());
    String url = created.json().getString("url");
    return url.substring(url.indexOf("/calendar/"));
  }

  @Test
  void aPrivateFeedStopsWhenItsOwnerIsDeactivatedAndWorksAgainWhenReactivated() {
    String username = Accounts.unique("staff");
    long id = Accounts.create(username, "[\"organiser\"]", null);
    String feed = feedPath(Api.as(username, Accounts.PASSWORD));
    assertEquals(200, Api.anonymous().get(feed).status());

    Api.admin().put("/api/users/" + id, "{\"active\":false}");
    assertEquals(
        404, Api.anonymous().get(feed).status(), "a deactivated owner's feed serves nothing");

    Api.admin().put("/api/users/" + id, "{\"active\":true}");
    assertEquals(200, Api.anonymous().get(feed).status());
  }

  @Test
  void aPartnersFeedStopsWhenItLosesTheRoleOrMovesToAnotherOrganisation() {
    long organisation = Accounts.newPartner();
    String username = Accounts.unique("partner");
    long id = Accounts.create(username, "[\"partner\"]", organisation);
    String feed = feedPath(Api.as(username, Accounts.PASSWORD));
    assertEquals(200, Api.anonymous().get(feed).status());

    Api.admin()
        .put(
            "/api/users/" + id,
            "{\"roles\":[\"partner\"],\"partnerId\":" + Accounts.newPartner() + "}");
    assertEquals(
        404,
        Api.anonymous().get(feed).status(),
        "the feed was for the old organisation's meetings");

    Api.admin()
        .put("/api/users/" + id, "{\"roles\":[\"partner\"],\"partnerId\":" + organisation + "}");
    assertEquals(200, Api.anonymous().get(feed).status());

    Api.admin().put("/api/users/" + id, "{\"roles\":[\"organiser\"]}");
    assertEquals(
        404, Api.anonymous().get(feed).status(), "no longer a partner: the partner feed ends");
  }

  @Test
  void aStaffFeedWithDraftsStopsWhenTheOrganiserBecomesAPartner() {
    String username = Accounts.unique("staff");
    long id = Accounts.create(username, "[\"organiser\"]", null);
    String feed = feedPath(Api.as(username, Accounts.PASSWORD));

    Api.admin()
        .put(
            "/api/users/" + id,
            "{\"roles\":[\"partner\"],\"partnerId\":" + Accounts.newPartner() + "}");

    assertEquals(404, Api.anonymous().get(feed).status(), "the staff feed showed every draft");
  }

  @Test
  void aNewPasswordEndsTheAccountsOtherSessions() {
    Accounts.Login login = Accounts.organiserLogin("session");
    FacesSession first = FacesSession.loggedIn(login.username(), Accounts.PASSWORD);
    FacesSession second = FacesSession.loggedIn(login.username(), Accounts.PASSWORD);
    assertEquals(200, first.get("/manage/").status());
    long id =
        Api.admin()
            .get("/api/users")
            .jsonArray()
            .getValuesAs(jakarta.json.JsonObject.class)
            .stream()
            .filter(u -> u.getString("username").equals(login.username()))
            .findFirst()
            .orElseThrow()
            .getJsonNumber("id")
            .longValue();

    Api.admin().put("/api/users/" + id, "{\"password\":\"a new and long password\"}");

    assertTrue(first.get("/manage/").redirectedToLogin(), "logged out by the reset");
    assertTrue(second.get("/manage/").redirectedToLogin(), "logged out by the reset");
    assertEquals(
        200,
        FacesSession.loggedIn(login.username(), "a new and long password")
            .get("/manage/")
            .status());
  }

  @Test
  void anAdminChangingTheirOwnPasswordInTheBackOfficeStaysLoggedIn() {
    String username = Accounts.unique("boss");
    long id = Accounts.create(username, "[\"admin\"]", null);
    FacesSession self = FacesSession.loggedIn(username, Accounts.PASSWORD);
    FacesSession elsewhere = FacesSession.loggedIn(username, Accounts.PASSWORD);
    FacesSession.Page users = self.get("/manage/users.xhtml");
    int row = rowOf(users.body(), username);

    FacesSession.Page answer =
        self.submit(
            users,
            "users",
            "users:list:" + row + ":reset",
            java.util.Map.of("users:newPassword", "my own new password"));

    assertEquals(200, answer.status());
    assertEquals(200, self.get("/manage/").status(), "the session that made the change goes on");
    assertTrue(elsewhere.get("/manage/").redirectedToLogin(), "the other one ends");
    assertTrue(id > 0);
  }

  /** The index of the data table row that shows {@code text} in a cell of its own. */
  static int rowOf(String html, String text) {
    String[] rows = html.split("data-ri=\"");
    for (int i = 1; i < rows.length; i++) {
      String row = rows[i];
      if (row.contains(">" + text + "</td>") || row.contains("<bdi>" + text + "</bdi>")) {
        return Integer.parseInt(row.substring(0, row.indexOf('"')));
      }
    }
    throw new IllegalStateException("no row shows " + text);
  }
}
