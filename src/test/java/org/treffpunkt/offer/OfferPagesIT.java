package org.treffpunkt.offer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
 * The pages of help offers: the public list per district with its filters, an offer's page, "help
 * nearby" on a meeting page of the district, and the referral card staff open at check-in — in the
 * resident's language, counted, while the staff member's own page language stays.
 */
@ServerTest
class OfferPagesIT {

  private static final long DISTRICT = 14;

  private static String districtSlug() {
    return Api.anonymous().get("/api/districts").jsonArray().getValuesAs(JsonObject.class).stream()
        .filter(d -> Json.id(d) == DISTRICT)
        .findFirst()
        .orElseThrow()
        .getString("slug");
  }

  @Test
  void thePublicListShowsADistrictsOffersFilteredByLanguageAndTopic() {
    JsonObject arabic =
        Offers.published(
            String.valueOf(DISTRICT), "\"languages\":[\"ar\"],\"topics\":[\"school\"]");
    JsonObject persian =
        Offers.published(String.valueOf(DISTRICT), "\"languages\":[\"fa\"],\"topics\":[\"work\"]");
    FacesSession browser = FacesSession.anonymous();

    String all = browser.get("/offers.xhtml?district=" + districtSlug()).body();
    assertTrue(all.contains(arabic.getString("title")) && all.contains(persian.getString("title")));
    String filtered =
        browser.get("/offers.xhtml?district=" + districtSlug() + "&spoken=ar&topic=school").body();
    assertTrue(filtered.contains(arabic.getString("title")));
    assertFalse(filtered.contains(persian.getString("title")));
    assertEquals(400, browser.get("/offers.xhtml?district=atlantis").status());
  }

  @Test
  void anOffersPageShowsItsHoursAndTheMeetingPageOfItsDistrictShowsItNearby() {
    JsonObject offer =
        Offers.published(String.valueOf(DISTRICT), "\"address\":\"Olvenstedter Straße 9\"");
    long meeting =
        Json.id(
            Fixtures.meeting(
                Api.admin(),
                Fixtures.today().plusDays(4),
                "10:00",
                "12:00",
                null,
                "\"districtId\":" + DISTRICT));
    FacesSession browser = FacesSession.anonymous();

    FacesSession.Page page = browser.get("/offer.xhtml?id=" + Json.id(offer) + "&lang=en");
    assertEquals(200, page.status());
    assertTrue(page.body().contains("Tuesday 09:00"), page.body());
    assertTrue(page.body().contains("openstreetmap.org/search?query=Olvenstedter"));
    String meetingPage = browser.get("/meeting.xhtml?id=" + meeting + "&lang=en").body();
    assertTrue(meetingPage.contains("id=\"help-nearby\""), meetingPage);
    assertTrue(meetingPage.contains(offer.getString("title")));
    assertEquals(404, browser.get("/offer.xhtml?id=987654321").status());
  }

  @Test
  void theReferralCardIsInTheResidentsLanguageCountsAndLeavesTheStaffLanguage() {
    JsonObject offer =
        Offers.published(
            String.valueOf(DISTRICT),
            "\"title\":{\"de\":\"Karte " + Accounts.unique("x") + "\",\"ar\":\"بطاقة عربية\"}");
    long id = Json.id(offer);
    long meeting =
        Json.id(
            Fixtures.meeting(
                Api.admin(),
                Fixtures.today().plusDays(1),
                "10:00",
                "12:00",
                null,
                "\"districtId\":" + DISTRICT));
    Accounts.Login staff = Accounts.organiserLogin("karte");
    FacesSession browser = FacesSession.loggedIn(staff.username(), Accounts.PASSWORD);

    String checkIn = browser.get("/manage/checkin.xhtml?meeting=" + meeting).body();
    assertTrue(checkIn.contains("id=\"referral\""), "the choice of a card at check-in");
    FacesSession.Page card =
        browser.get("/manage/referral.xhtml?offer=" + id + "&meeting=" + meeting + "&language=ar");
    assertEquals(200, card.status());
    assertTrue(card.body().contains("بطاقة عربية"), card.body());
    assertTrue(card.body().contains("lang=\"ar\" dir=\"rtl\""), "the card in Arabic");
    assertTrue(card.body().contains("lang=\"de\" dir=\"ltr\""), "the page around it stays German");
    assertTrue(card.body().contains("class=\"qr\""), "a QR code to the offer's page");
    assertEquals(
        1,
        Api.admin()
            .get("/api/reports/referrals?groupBy=offer")
            .json()
            .getJsonArray("rows")
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(r -> r.getJsonNumber("offer").longValue() == id)
            .count());
    String reports = browser.get("/manage/reports.xhtml").body();
    assertTrue(reports.contains("id=\"referrals\""), "the table of referrals on the reports page");
    assertTrue(reports.contains(offer.getString("title")), "named by its German title");
  }

  @Test
  void aPartnerKeepsItsOffersOnTheBackOfficePageAndIsToldWhatIsWrong() {
    long partner = Accounts.newPartner();
    Accounts.Login login = Accounts.partnerOf(partner);
    Api.Reply created =
        login.api().post("/api/offers", Offers.body(partner, Accounts.unique("Eigenes"), "3", ""));
    assertEquals(201, created.status(), created.toString());
    JsonObject own = created.json();
    JsonObject foreign = Offers.published("3", "");
    FacesSession browser = FacesSession.loggedIn(login.username(), Accounts.PASSWORD);

    FacesSession.Page page = browser.get("/manage/offers.xhtml?lang=de");
    assertEquals(200, page.status());
    assertTrue(page.body().contains(own.getString("title")));
    assertFalse(page.body().contains(foreign.getString("title")), "another organisation's offer");
    assertFalse(page.body().contains("id=\"offer:partnerId\""), "a partner's offers are its own");

    String title = Accounts.unique("Formular");
    FacesSession.Page answer =
        browser.submit(
            page,
            "offer",
            "offer:save",
            java.util.Map.of(
                "offer:title_de", title,
                "offer:districtIds", "3",
                "offer:opens_FRIDAY", "12:00",
                "offer:closes_FRIDAY", "10:00"));
    assertEquals(200, answer.status());
    assertTrue(
        answer.body().contains("Das Ende muss nach dem Beginn liegen."), "the message at the day");
    assertFalse(Api.anonymous().get("/api/offers?district=3").body().contains(title));

    FacesSession.Page saved =
        browser.submit(
            answer,
            "offer",
            "offer:save",
            java.util.Map.of("offer:opens_FRIDAY", "08:00", "offer:closes_FRIDAY", "10:00"));
    assertEquals(200, saved.status());
    JsonObject made =
        Api.anonymous()
            .get("/api/offers?district=3")
            .jsonArray()
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(o -> o.getString("title").equals(title))
            .findFirst()
            .orElseThrow();
    assertEquals(partner, made.getJsonObject("partner").getJsonNumber("id").longValue());
    assertEquals("FRIDAY", made.getJsonArray("openingHours").getJsonObject(0).getString("day"));
  }
}
