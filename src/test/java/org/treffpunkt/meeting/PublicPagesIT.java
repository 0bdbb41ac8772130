package org.treffpunkt.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.treffpunkt.testing.Accounts;
import org.treffpunkt.testing.Api;
import org.treffpunkt.testing.Json;
import org.treffpunkt.testing.ServerTest;

@ServerTest
class PublicPagesIT {

  private final Api organiser = Accounts.organiser();

  private long meeting(String token, int district, String extra) {
    Api.Reply venue =
        organiser.post(
            "/api/venues",
            "{\"name\":\"Haus "
                + token
                + "\",\"address\":\"Breiter Weg 1\",\"districtId\":"
                + district
                + ",\"latitude\":52.13,\"longitude\":11.63,\"stepFree\":true}");
    Api.Reply reply =
        organiser.post(
            "/api/meetings",
            "{\"title\":{\"de\":\""
                + token
                + "\",\"uk\":\""
                + token
                + " українською\"},"
                + "\"summary\":{\"de\":\"Einfach vorbeikommen\"},\"formatId\":2,\"districtId\":"
                + district
                + ",\"venueId\":"
                + Json.id(venue.json())
                + ",\"start\":\"2027-09-07T16:00\",\"end\":\"2027-09-07T18:00\","
                + "\"languages\":[\"uk\",\"de\"],\"interpretation\":true,\"childcare\":true"
                + extra
                + "}");
    assertEquals(201, reply.status(), reply.toString());
    return Json.id(reply.json());
  }

  @Test
  void theMeetingPageShowsWhatAResidentNeedsInTheirLanguage() {
    String token = Accounts.unique("Nachbarn");
    long id = meeting(token, 3, "");

    Api.Reply page = Api.anonymous().get("/meetings/" + id + "?lang=uk");

    assertEquals(200, page.status());
    assertTrue(
        page.body()
            .contains("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"uk\" dir=\"ltr\">"));
    assertTrue(page.body().contains(token + " українською"));
    assertTrue(page.body().contains("Haus " + token));
    assertTrue(
        page.body().contains("openstreetmap.org/?mlat=52.130000&amp;mlon=11.630000"), "map link");
    assertTrue(page.body().contains("Вхід без сходинок"), "step-free, in Ukrainian");
    assertTrue(page.body().contains("2027-09-07T16:00:00+02:00"));
    assertTrue(page.body().contains("Надається усний переклад"), "interpretation offered");
  }

  @Test
  void aReadableSuffixIsAllowedAndUnknownMeetingsAre404() {
    long id = meeting(Accounts.unique("Lesbar"), 3, "");

    assertEquals(200, Api.anonymous().get("/meetings/" + id + "-sprachcafe-altstadt").status());
    assertEquals(404, Api.anonymous().get("/meetings/987654321").status());
    assertEquals(404, Api.anonymous().get("/meetings/not-a-number").status());
  }

  @Test
  void draftsHaveNoPublicPage() {
    long id = meeting(Accounts.unique("Geheim"), 3, ",\"published\":false");

    assertEquals(404, Api.anonymous().get("/meetings/" + id).status());
  }

  @Test
  void theStartPageListsMeetingsFilteredByDistrict() {
    String token = Accounts.unique("Liste");
    meeting(token, 36, "");

    String sudenburg = Api.anonymous().get("/?district=sudenburg&from=2027-09-07").body();
    String altstadt = Api.anonymous().get("/?district=altstadt&from=2027-09-07").body();

    assertTrue(sudenburg.contains(token));
    assertFalse(altstadt.contains(token));
  }

  @Test
  void aBadFilterIsExplainedNotFailed() {
    Api.Reply page = Api.anonymous().get("/?district=atlantis&lang=en");

    assertEquals(200, page.status());
    assertTrue(page.body().contains("This filter is not valid."));
  }

  /**
   * The start page is kept in memory per address and language (meeting/boundary/KeptPages): every
   * answer has a script nonce of its own, the same in header and page, and a meeting published
   * after the page was kept is listed on the next request.
   */
  @Test
  void theKeptStartPageHasAFreshNonceEachTimeAndFollowsTheCatalogue() {
    String address = "/?district=rothensee";
    Api.Reply first = Api.anonymous().get(address);
    Api.Reply second = Api.anonymous().get(address);
    assertEquals(200, second.status());
    String firstNonce = nonceOf(first);
    String secondNonce = nonceOf(second);
    assertFalse(firstNonce.equals(secondNonce), "a nonce is never sent twice");
    assertTrue(second.body().contains("nonce=\"" + secondNonce + "\""), "the page's scripts run");
    assertFalse(second.body().contains(firstNonce));
    assertEquals(first.body().replace(firstNonce, "N"), second.body().replace(secondNonce, "N"));
    assertTrue(second.header("Set-Cookie").isEmpty(), "no session for reading the start page");

    String token = Accounts.unique("Gleich");
    java.time.LocalDate tomorrow = java.time.LocalDate.now().plusDays(1);
    Api.Reply created =
        organiser.post(
            "/api/meetings",
            "{\"title\":{\"de\":\""
                + token
                + "\"},\"formatId\":2,\"districtId\":32,\"onlineUrl\":\"https://x.example\","
                + "\"start\":\""
                + tomorrow
                + "T06:00\",\"end\":\""
                + tomorrow
                + "T07:00\"}");
    assertEquals(201, created.status(), created.toString());

    assertTrue(Api.anonymous().get(address).body().contains(token), "listed at once");
  }

  /**
   * A meeting's page is kept too (KeptPages, per row stamp of the meeting: version and counters):
   * its free places follow every registration at once.
   */
  @Test
  void theKeptMeetingPageShowsTheFreePlacesOfNow() {
    long id =
        meeting(Accounts.unique("Plaetze"), 3, ",\"capacity\":5,\"registrationRequired\":true");
    String address = "/meetings/" + id + "?lang=en";
    Api.Reply first = Api.anonymous().get(address, "Cookie", "treffpunkt-lang=en");
    assertTrue(first.body().contains("5 places left."), first.body());
    // without ?lang= (the cookie chooses English): the answers that may be kept
    String page = "/meetings/" + id;
    assertTrue(
        Api.anonymous()
            .get(page, "Cookie", "treffpunkt-lang=en")
            .body()
            .contains("5 places left."));
    assertTrue(
        Api.anonymous()
            .get(page, "Cookie", "treffpunkt-lang=en")
            .body()
            .contains("5 places left."));

    Api.Reply registered =
        Api.anonymous()
            .post(
                "/api/meetings/" + id + "/registrations",
                "{\"name\":\"Mina\",\"adults\":2,\"consent\":true}");
    assertEquals(201, registered.status(), registered.toString());

    String after = Api.anonymous().get(page, "Cookie", "treffpunkt-lang=en").body();
    assertTrue(after.contains("3 places left."), "the registration shows at once");
  }

  /**
   * A page kept from a browser's answer (compressed by the server's gzip filter) is sent to a
   * client that takes no gzip as plain HTML: what the container adds per answer is never replayed.
   */
  @Test
  void aPageKeptFromACompressedAnswerIsSentPlainToAClientWithoutGzip() {
    String address = "/?district=prester";
    Api.Reply compressed = Api.anonymous().get(address, "Accept-Encoding", "gzip");
    assertEquals("gzip", compressed.header("Content-Encoding").orElse(null));

    Api.Reply plain = Api.anonymous().get(address);
    assertTrue(plain.header("Content-Encoding").isEmpty(), plain.headers().toString());
    assertTrue(plain.body().startsWith("<!DOCTYPE html>"), plain.body());
    Api.Reply again = Api.anonymous().get(address, "Accept-Encoding", "gzip");
    assertEquals("gzip", again.header("Content-Encoding").orElse(null));
  }

  private static String nonceOf(Api.Reply page) {
    java.util.regex.Matcher nonce =
        java.util.regex.Pattern.compile("'nonce-([^']+)'")
            .matcher(page.header("Content-Security-Policy").orElseThrow());
    assertTrue(nonce.find(), page.toString());
    return nonce.group(1);
  }
}
