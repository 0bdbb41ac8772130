package org.treffpunkt.offer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.treffpunkt.testing.Accounts;
import org.treffpunkt.testing.Api;
import org.treffpunkt.testing.Fixtures;
import org.treffpunkt.testing.Json;
import org.treffpunkt.testing.ServerTest;

/**
 * Referrals to help offers: staff count them (in the district of the meeting, this month; nothing
 * about the person), the report groups them by offer, district and month and shows small counts as
 * "<5".
 */
@ServerTest
class ReferralIT {

  private static final String MEETING_DISTRICT = "Altstadt";

  private static long meetingIn(long districtId) {
    return Json.id(
        Fixtures.meeting(
            Api.admin(),
            Fixtures.today().plusDays(3),
            "10:00",
            "12:00",
            null,
            "\"districtId\":" + districtId));
  }

  private static List<JsonObject> rowsOf(long offer, String groupBy) {
    Api.Reply report = Api.admin().get("/api/reports/referrals?groupBy=" + groupBy);
    assertEquals(200, report.status(), report.toString());
    return report.json().getJsonArray("rows").getValuesAs(JsonObject.class).stream()
        .filter(r -> r.getJsonNumber("offer").longValue() == offer)
        .toList();
  }

  @Test
  void referralsAreCountedPerOfferDistrictAndMonthWithSmallCountsSuppressed() {
    long offer = Json.id(Offers.published("1", ""));
    long altstadt =
        Api.anonymous().get("/api/districts").jsonArray().getValuesAs(JsonObject.class).stream()
            .filter(d -> d.getString("name").equals(MEETING_DISTRICT))
            .mapToLong(Json::id)
            .findFirst()
            .orElseThrow();
    long meeting = meetingIn(altstadt);
    Api staff = Accounts.organiser();
    for (int i = 0; i < 6; i++) {
      Api.Reply counted =
          staff.post("/api/offers/" + offer + "/referrals", "{\"meetingId\":" + meeting + "}");
      assertEquals(204, counted.status(), counted.toString());
    }
    assertEquals(
        204,
        staff
            .post("/api/offers/" + offer + "/referrals", "{\"district\":\"" + otherSlug() + "\"}")
            .status());

    List<JsonObject> rows = rowsOf(offer, "offer,district,month");
    assertEquals(2, rows.size(), rows.toString());
    JsonObject inAltstadt =
        rows.stream()
            .filter(r -> r.getString("district").equals(MEETING_DISTRICT))
            .findFirst()
            .orElseThrow();
    assertEquals(6, inAltstadt.getInt("referrals"));
    assertEquals(YearMonth.from(Fixtures.today()).toString(), inAltstadt.getString("month"));
    assertTrue(inAltstadt.getString("offerTitle").startsWith("Angebot"), inAltstadt.toString());
    JsonObject small =
        rows.stream()
            .filter(r -> !r.getString("district").equals(MEETING_DISTRICT))
            .findFirst()
            .orElseThrow();
    assertEquals(JsonValue.ValueType.STRING, small.get("referrals").getValueType());
    assertEquals("<5", small.getString("referrals"));

    List<JsonObject> byOffer = rowsOf(offer, "offer");
    assertEquals(1, byOffer.size());
    assertEquals(7, byOffer.get(0).getInt("referrals"));
  }

  @Test
  void onlyStaffWhoRunTheDayCountAndOnlyForPublishedOffers() {
    long offer = Json.id(Offers.published("1", ""));
    long draft = Json.id(Offers.published("1", "\"published\":false"));
    long meeting = meetingIn(5);
    String body = "{\"meetingId\":" + meeting + "}";

    assertEquals(401, Api.anonymous().post("/api/offers/" + offer + "/referrals", body).status());
    assertEquals(
        403, Accounts.partner().post("/api/offers/" + offer + "/referrals", body).status());
    assertEquals(404, Api.admin().post("/api/offers/" + draft + "/referrals", body).status());
    Api.Reply nowhere = Api.admin().post("/api/offers/" + offer + "/referrals", "{}");
    assertEquals(400, nowhere.status());
    assertTrue(Json.errors(nowhere).containsKey("meetingId"));
    Api.Reply unknown =
        Api.admin().post("/api/offers/" + offer + "/referrals", "{\"meetingId\":987654321}");
    assertEquals(400, unknown.status());
  }

  @Test
  void simultaneousReferralsAreAllCountedAndStayWhenTheOfferIsDeleted() throws Exception {
    long offer = Json.id(Offers.published("1", ""));
    long meeting = meetingIn(5);
    Api staff = Accounts.organiser();
    int referrals = 20;
    ExecutorService pool = Executors.newFixedThreadPool(referrals);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Integer>> answers = new ArrayList<>();
      for (int i = 0; i < referrals; i++) {
        answers.add(
            pool.submit(
                () -> {
                  start.await();
                  return staff
                      .post(
                          "/api/offers/" + offer + "/referrals", "{\"meetingId\":" + meeting + "}")
                      .status();
                }));
      }
      start.countDown();
      for (Future<Integer> answer : answers) {
        assertEquals(204, answer.get());
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(referrals, rowsOf(offer, "offer").get(0).getInt("referrals"), "none lost");

    assertEquals(204, Api.admin().delete("/api/offers/" + offer).status());
    List<JsonObject> kept = rowsOf(offer, "offer");
    assertEquals(referrals, kept.get(0).getInt("referrals"), "the counts stay");
    assertEquals("#" + offer, kept.get(0).getString("offerTitle"));
  }

  @Test
  void anUnknownGroupingIsA400() {
    Api.Reply reply = Api.admin().get("/api/reports/referrals?groupBy=person&lang=en");
    assertEquals(400, reply.status());
    assertEquals("Group by: offer, district, month.", Json.errors(reply).get("groupBy"));
  }

  private static String otherSlug() {
    return Api.anonymous().get("/api/districts").jsonArray().getValuesAs(JsonObject.class).stream()
        .filter(d -> !d.getString("name").equals(MEETING_DISTRICT))
        .findFirst()
        .orElseThrow()
        .getString("slug");
  }
}
