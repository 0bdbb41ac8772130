package org.treffpunkt.accessibility;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import org.treffpunkt.testing.Accounts;
import org.treffpunkt.testing.Api;
import org.treffpunkt.testing.Fixtures;
import org.treffpunkt.testing.Json;

/**
 * Data for looking at every page: a meeting with long German words, a long link and Arabic text
 * mixed in (the worst case for narrow screens and mixed directions), a full meeting with a waiting
 * list, and yesterday's meeting that takes feedback. Made through the API by a new organiser.
 */
final class PageScenario {

  static final String LONG_WORD = "Nachbarschaftsbegegnungsveranstaltungsreihe";
  static final String LONG_URL =
      "https://meet.example.org/treffpunkt/nachbarschaftsbegegnungsveranstaltungsreihe/"
          + "sudenburg-raum-kinderbetreuungsmöglichkeit-2027";

  final Accounts.Login login = Accounts.organiserLogin("zugang");
  final Api organiser = login.api();
  final long venue;
  final long meeting;
  final long full;
  final long past;
  final String confirmedToken;
  final String waitingToken;
  final String code;
  final long offer;

  PageScenario() {
    Api.Reply reply =
        organiser.post(
            "/api/venues",
            "{\"name\":\"Stadtteilbegegnungszentrum "
                + Accounts.unique("Süd")
                + "\",\"address\":\"Halberstädter Straße 123a, Hinterhaus, Eingang Kinderbetreuungseinrichtung\","
                + "\"districtId\":5,\"stepFree\":true,\"accessibleToilet\":true,\"hearingLoop\":true}");
    assertEquals(201, reply.status(), reply.toString());
    venue = Json.id(reply.json());
    long partner = Accounts.newPartner();
    String texts =
        "\"summary\":{\"de\":\"In einfacher Sprache: Wir treffen uns, reden und trinken Tee.\"},"
            + "\"description\":{\"de\":\"Mehr unter "
            + LONG_URL
            + " – Arbeitsmarktintegrationsberatungsangebot, "
            + "Dolmetscher:innen für العربية und فارسی.\"},\"languages\":[\"de\",\"ar\",\"fa\"],\"childcare\":true,"
            + "\"partnerIds\":["
            + partner
            + "],\"contact\":{\"name\":\"Frau Müller-Lüdenscheidt\",\"phone\":\"+49 391 540000\","
            + "\"email\":\"integrationsbeauftragte.sudenburg@magdeburg.example.org\"}";
    JsonObject open =
        Fixtures.meeting(
            organiser,
            Fixtures.today().plusDays(3),
            "17:00",
            "19:00",
            20,
            "\"venueId\":" + venue + ",\"onlineUrl\":\"" + LONG_URL + "\"," + texts);
    meeting = Json.id(open);
    JsonObject confirmed =
        Fixtures.register(
            meeting,
            "Amira „Mimi“ Haddad",
            2,
            1,
            "\"email\":\"amira.haddad.sudenburg@example.org\",\"remark\":\"Wir kommen mit Kinderwagen\","
                + "\"interpreterLanguage\":\"ar\",\"languages\":[\"ar\",\"de\"]");
    confirmedToken = confirmed.getString("token");
    code = confirmed.getString("code");
    Fixtures.register(
        meeting, "ليلى", 1, 0, "\"interpreterLanguage\":\"fa\",\"needs\":{\"stepFree\":true}");

    full =
        Json.id(
            Fixtures.meeting(organiser, Fixtures.today().plusDays(4), "10:00", "11:00", 1, null));
    Fixtures.register(full, "Erste", 1, 0, null);
    waitingToken = Fixtures.register(full, "Zweite", 1, 0, null).getString("token");

    JsonObject yesterday =
        Fixtures.meeting(organiser, Fixtures.today().plusDays(5), "10:00", "11:00", 10, null);
    Fixtures.move(organiser, yesterday, Fixtures.today().minusDays(1), "10:00", "11:00", null);
    past = Json.id(yesterday);

    Api.Reply offered =
        organiser.post(
            "/api/offers",
            "{\"partnerId\":"
                + partner
                + ",\"title\":{\"de\":\"Migrationsberatungsstelle für Erwachsene "
                + Accounts.unique("Süd")
                + "\",\"ar\":\"استشارة الهجرة للبالغين\"},\"description\":{\"de\":\"Beratung zu "
                + LONG_WORD
                + " und mehr: "
                + LONG_URL
                + "\"},\"topics\":[\"residence\",\"work\"],\"languages\":[\"de\",\"ar\",\"fa\"],"
                + "\"districtIds\":[5],\"address\":\"Halberstädter Straße 123a, Hinterhaus\","
                + "\"accessibility\":\"Stufenloser Eingang über den Hof\",\"contact\":\"+49 391 540001\","
                + "\"url\":\""
                + LONG_URL
                + "\",\"openingHours\":[{\"day\":\"MONDAY\",\"from\":\"09:00\",\"to\":\"12:00\"},"
                + "{\"day\":\"THURSDAY\",\"from\":\"14:00\",\"to\":\"18:00\"}],"
                + "\"closures\":[{\"date\":\"2027-12-24\",\"note\":\"Heiligabend\"}]}");
    assertEquals(201, offered.status(), offered.toString());
    offer = Json.id(offered.json());
  }
}
