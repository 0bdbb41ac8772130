package org.treffpunkt.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
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
 * Advice hours split into slots: a slot's seats are never given twice (also when 50 residents ask
 * at the same instant — the CI runs this against MariaDB), seats kept for walk-ins are never
 * bookable, cancelling frees the seat, bad input is named, and the reports count advice bookings
 * and contacts by topic.
 */
@ServerTest
class AdviceSlotIT {

  private static final int ADVICE = 4;

  private static long adviceHour(LocalDate day, String from, String to, String slots) {
    return Json.id(
        Fixtures.meeting(
            Accounts.organiser(),
            day,
            from,
            to,
            null,
            "\"formatId\":" + ADVICE + ",\"slots\":" + slots));
  }

  private static Api.Reply book(long meeting, String slot, String topic) {
    return Api.anonymous()
        .post(
            "/api/meetings/" + meeting + "/registrations",
            "{\"name\":\"Rat\",\"consent\":true,\"slot\":\""
                + slot
                + "\",\"topic\":\""
                + topic
                + "\",\"interpreterLanguage\":\"fa\"}",
            "X-Forwarded-For",
            Fixtures.randomClient());
  }

  private static List<JsonObject> slots(long meeting) {
    return Api.anonymous()
        .get("/api/meetings/" + meeting + "/slots")
        .jsonArray()
        .getValuesAs(JsonObject.class);
  }

  @Test
  void fiftyResidentsAskingForOneSlotAtOnceGetItsTwoSeatsOnce() throws Exception {
    LocalDate day = Fixtures.today().plusDays(20);
    long meeting = adviceHour(day, "10:00", "12:00", "{\"minutes\":20,\"parallel\":2}");
    String slot = day + "T10:20";

    ExecutorService pool = Executors.newFixedThreadPool(50);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Api.Reply>> answers = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      Callable<Api.Reply> resident =
          () -> {
            start.await();
            return book(meeting, slot, "housing");
          };
      answers.add(pool.submit(resident));
    }
    start.countDown();
    int booked = 0;
    int taken = 0;
    for (Future<Api.Reply> answer : answers) {
      Api.Reply reply = answer.get();
      if (reply.status() == 201) {
        booked++;
        assertTrue(reply.json().getString("slot").startsWith(slot), reply.toString());
      } else {
        assertEquals(409, reply.status(), reply.toString());
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply.toString());
        taken++;
      }
    }
    pool.shutdown();
    assertEquals(2, booked, "two advisers, two seats");
    assertEquals(48, taken);

    List<JsonObject> listed = slots(meeting);
    assertEquals(6, listed.size(), "two hours of 20-minute slots");
    assertEquals(0, listed.get(1).getInt("free"));
    assertEquals(2, listed.get(0).getInt("free"));
    List<JsonObject> registrations =
        Accounts.organiser()
            .get("/api/meetings/" + meeting + "/registrations")
            .jsonArray()
            .getValuesAs(JsonObject.class);
    assertEquals(2, registrations.size(), "refused requests leave nothing behind");
    assertTrue(registrations.stream().allMatch(r -> r.getString("status").equals("CONFIRMED")));
    assertEquals(
        2, Api.anonymous().get("/api/meetings/" + meeting).json().getInt("confirmedPersons"));
    List<JsonObject> needs =
        Accounts.organiser()
            .get("/api/meetings/" + meeting + "/language-needs")
            .jsonArray()
            .getValuesAs(JsonObject.class);
    assertEquals(
        List.of("fa:2"),
        needs.stream().map(n -> n.getString("language") + ":" + n.getInt("persons")).toList(),
        "the needs overview counts the bookings' interpreter needs");
  }

  @Test
  void seatsKeptForWalkInsAreNeverBookable() {
    LocalDate day = Fixtures.today().plusDays(21);
    long meeting = adviceHour(day, "14:00", "16:00", "{\"minutes\":30,\"walkIn\":1}");
    List<JsonObject> listed = slots(meeting);
    assertEquals(
        List.of(1, 0, 1, 0), listed.stream().map(s -> s.getInt("free")).toList(), "last per hour");
    assertEquals(List.of(0, 1, 0, 1), listed.stream().map(s -> s.getInt("walkIn")).toList());
    assertEquals(409, book(meeting, day + "T14:30", "work").status());
    assertEquals(201, book(meeting, day + "T14:00", "work").status());
    JsonObject described = Api.anonymous().get("/api/meetings/" + meeting).json();
    assertEquals(30, described.getJsonObject("slots").getInt("minutes"));
    assertEquals(1, described.getJsonObject("slots").getInt("walkIn"));
  }

  @Test
  void cancellingFreesTheSlotAndTheResidentSeesSlotAndTopic() {
    LocalDate day = Fixtures.today().plusDays(22);
    long meeting = adviceHour(day, "09:00", "10:00", "{\"minutes\":20}");
    Api.Reply first = book(meeting, day + "T09:40+01:00".replace("+01:00", ""), "school");
    assertEquals(201, first.status(), first.toString());
    JsonObject receipt = first.json();
    assertEquals("school", receipt.getString("topic"));
    assertEquals(409, book(meeting, day + "T09:40", "money").status(), "taken");

    String token = receipt.getString("token");
    JsonObject mine = Api.anonymous().get("/api/registrations/" + token).json();
    assertTrue(mine.getString("slot").startsWith(day + "T09:40"), mine.toString());
    assertEquals("school", mine.getString("topic"));
    assertEquals(204, Api.anonymous().delete("/api/registrations/" + token).status());

    assertEquals(1, slots(meeting).get(2).getInt("free"), "freed");
    assertEquals(201, book(meeting, day + "T09:40", "money").status(), "booked again");
    assertEquals(0, slots(meeting).get(2).getInt("free"));
  }

  @Test
  void badSlotBookingsNameTheFieldAndChangeNothing() {
    LocalDate day = Fixtures.today().plusDays(23);
    long meeting = adviceHour(day, "09:00", "10:00", "{\"minutes\":20}");
    Api.Reply neither =
        Api.anonymous()
            .post(
                "/api/meetings/" + meeting + "/registrations",
                "{\"name\":\"Rat\",\"consent\":true}",
                "Accept-Language",
                "en",
                "X-Forwarded-For",
                Fixtures.randomClient());
    assertEquals(400, neither.status(), neither.toString());
    Map<String, String> errors = Json.errors(neither);
    assertTrue(errors.containsKey("slot") && errors.containsKey("topic"), errors.toString());

    Api.Reply between = book(meeting, day + "T09:05", "health");
    assertEquals(400, between.status());
    assertTrue(Json.errors(between).containsKey("slot"), between.toString());
    Api.Reply noTopic = book(meeting, day + "T09:00", "visa");
    assertEquals(400, noTopic.status());
    assertTrue(Json.errors(noTopic).containsKey("topic"), noTopic.toString());
    Api.Reply garbage = book(meeting, "soon", "health");
    assertTrue(Json.errors(garbage).containsKey("slot"), garbage.toString());
    assertEquals(List.of(1, 1, 1), slots(meeting).stream().map(s -> s.getInt("free")).toList());

    long plain = Json.id(Fixtures.meeting(Accounts.organiser(), day, "18:00", "19:00", 10, ""));
    Api.Reply notAdvice = book(plain, day + "T18:00", "health");
    assertEquals(400, notAdvice.status());
    assertTrue(Json.errors(notAdvice).containsKey("slot"), notAdvice.toString());
    assertTrue(slots(plain).isEmpty());

    Api.Reply tooLong =
        Accounts.organiser()
            .post(
                "/api/meetings",
                "{\"title\":{\"de\":\"Beratung\"},\"formatId\":4,\"districtId\":5,\"start\":\""
                    + day
                    + "T09:00\",\"end\":\""
                    + day
                    + "T09:30\",\"onlineUrl\":\"https://meet.example.org/x\","
                    + "\"slots\":{\"minutes\":45}}");
    assertEquals(400, tooLong.status());
    assertTrue(Json.errors(tooLong).containsKey("slots.minutes"), tooLong.toString());
  }

  @Test
  void reportsCountAdviceBookingsAndContactsByTopicWithSmallCountsSuppressed() {
    Api organiser = Accounts.organiser();
    // a day no earlier run of this test used (the test database may be kept between runs)
    LocalDate day = Fixtures.today().plusDays(200);
    while (!topicRows(organiser, day).isEmpty()) {
      day = day.plusDays(1);
    }
    long meeting =
        Json.id(
            Fixtures.meeting(
                organiser,
                day,
                "10:00",
                "11:00",
                null,
                "\"formatId\":4,\"districtId\":31,\"slots\":{\"minutes\":10,\"parallel\":2}"));
    List<String> housing = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      Api.Reply reply = book(meeting, day + "T10:" + (i / 2) + "0", "housing");
      assertEquals(201, reply.status(), reply.toString());
      housing.add(reply.json().getString("code"));
    }
    assertEquals(201, book(meeting, day + "T10:50", "health").status());
    for (String code : housing.subList(0, 5)) {
      assertEquals(
          200, organiser.post("/api/meetings/" + meeting + "/attendance/" + code, "").status());
    }

    List<JsonObject> rows = topicRows(organiser, day);
    JsonObject housingRow = row(rows, "housing");
    assertEquals(6, housingRow.getInt("adviceBookings"));
    assertEquals(5, housingRow.getInt("adviceContacts"));
    JsonObject healthRow = row(rows, "health");
    assertEquals("<5", healthRow.getString("adviceBookings"));
    assertEquals(0, healthRow.getInt("adviceContacts"));
  }

  private static List<JsonObject> topicRows(Api organiser, LocalDate day) {
    return organiser
        .get(
            "/api/reports/participation?from="
                + day
                + "&to="
                + day
                + "&district=31&format=4&groupBy=topic")
        .json()
        .getJsonArray("rows")
        .getValuesAs(JsonObject.class);
  }

  private static JsonObject row(List<JsonObject> rows, String topic) {
    return rows.stream()
        .filter(r -> r.getString("topic").equals(topic))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no row for " + topic + ": " + rows));
  }
}
