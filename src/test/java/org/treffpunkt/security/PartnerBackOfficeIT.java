package org.treffpunkt.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.treffpunkt.testing.Accounts;
import org.treffpunkt.testing.Api;
import org.treffpunkt.testing.FacesSession;
import org.treffpunkt.testing.Fixtures;
import org.treffpunkt.testing.Json;
import org.treffpunkt.testing.ServerTest;

/**
 * A partner's back office: its own organisation's meetings, read-only; nothing it may not do
 * through the API.
 */
@ServerTest
class PartnerBackOfficeIT {

  @Test
  void aPartnerSeesItsCoHostedMeetingsReadOnlyAndCannotCancelAnyMeeting() {
    long organisation = Accounts.newPartner();
    Accounts.Login partner = Accounts.partnerOf(organisation);
    Api organiser = Accounts.organiser();
    String ownTitle = Accounts.unique("Eigenes");
    String foreignDraftTitle = Accounts.unique("Fremder Entwurf");
    long own =
        Json.id(
            organiser
                .post("/api/meetings", meeting(ownTitle, "\"partnerIds\":[" + organisation + "],"))
                .json());
    long foreignDraft =
        Json.id(
            organiser
                .post("/api/meetings", meeting(foreignDraftTitle, "\"published\":false,"))
                .json());
    FacesSession browser = FacesSession.loggedIn(partner.username(), Accounts.PASSWORD);

    String list = browser.get("/manage/meetings.xhtml").body();
    assertTrue(list.contains(ownTitle), "its organisation's meeting is listed");
    assertFalse(list.contains(foreignDraftTitle), "another organisation's draft is not");

    FacesSession.Page edit = browser.get("/manage/meeting-edit.xhtml?id=" + own);
    assertEquals(200, edit.status());
    assertTrue(edit.body().contains("id=\"readOnly\""), "shown read-only");
    assertFalse(
        FacesSession.has(edit, "form:save") || FacesSession.has(edit, "form:cancel"),
        "no buttons to act");
    FacesSession.Page forged =
        browser.submit(edit, "form", "form:cancel", Map.of("form:reason", "Sabotage"));
    assertTrue(forged.status() == 200 || forged.status() == 403, String.valueOf(forged.status()));
    assertEquals(
        "SCHEDULED",
        Api.anonymous().get("/api/meetings/" + own).json().getString("status"),
        "a forged cancel changes nothing");

    assertEquals(
        404,
        browser.get("/manage/meeting-edit.xhtml?id=" + foreignDraft).status(),
        "another organisation's draft does not exist for it");
    assertEquals(403, browser.get("/manage/meeting-edit.xhtml").status(), "no new meetings");
    FacesSession.Page partners = browser.get("/manage/partners.xhtml");
    assertFalse(FacesSession.has(partners, "partner:save"), "partners are read, not made");
  }

  private static String meeting(String title, String more) {
    var day = Fixtures.today().plusDays(11);
    return "{\"title\":{\"de\":\""
        + title
        + "\"},\"formatId\":1,\"districtId\":4,"
        + more
        + "\"start\":\""
        + day
        + "T18:00\",\"end\":\""
        + day
        + "T19:00\",\"onlineUrl\":\"https://meet.example.org/p\"}";
  }
}
