package org.treffpunkt.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
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
 * A resident cancelling and a staff member cancelling the same registration at the same moment
 * release its places once: with a waiting list behind it, exactly as many people move up as places
 * became free, and the meeting's counters equal its rows. (The CI runs this against MariaDB.)
 */
@ServerTest
class ConcurrentCancelIT {

  @Test
  void aResidentsAndAStaffCancelOfTheSameRegistrationReleaseItsPlacesOnce() throws Exception {
    Api organiser = Accounts.organiser();
    long meeting =
        Json.id(
            Fixtures.meeting(organiser, Fixtures.today().plusDays(12), "10:00", "12:00", 8, ""));
    List<JsonObject> holding = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      holding.add(Fixtures.register(meeting, "Platz " + i, 1, 0, ""));
    }
    List<JsonObject> waiting = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      waiting.add(Fixtures.register(meeting, "Wartend " + i, 1, 0, ""));
    }

    ExecutorService pool = Executors.newFixedThreadPool(16);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Integer>> answers = new ArrayList<>();
    for (JsonObject r : holding) {
      Callable<Integer> resident =
          () -> {
            start.await();
            return Api.anonymous().delete("/api/registrations/" + r.getString("token")).status();
          };
      Callable<Integer> staff =
          () -> {
            start.await();
            return organiser
                .post(
                    "/api/meetings/"
                        + meeting
                        + "/registrations/"
                        + r.getString("code")
                        + "/cancel",
                    "")
                .status();
          };
      answers.add(pool.submit(resident));
      answers.add(pool.submit(staff));
    }
    start.countDown();
    for (Future<Integer> answer : answers) {
      int status = answer.get();
      assertTrue(
          status == 200 || status == 204,
          "every cancel succeeds (the second changes nothing): " + status);
    }
    pool.shutdown();

    JsonObject after = Api.anonymous().get("/api/meetings/" + meeting).json();
    List<JsonObject> rows =
        organiser
            .get("/api/meetings/" + meeting + "/registrations")
            .jsonArray()
            .getValuesAs(JsonObject.class);
    long confirmed = rows.stream().filter(r -> r.getString("status").equals("CONFIRMED")).count();
    long stillWaiting =
        rows.stream().filter(r -> r.getString("status").equals("WAITLISTED")).count();
    long cancelled = rows.stream().filter(r -> r.getString("status").equals("CANCELLED")).count();
    assertEquals(8, cancelled, "the eight cancelled, once each");
    assertEquals(8, confirmed, "eight places freed, eight moved up: never more");
    assertEquals(4, stillWaiting);
    assertEquals(8, after.getInt("confirmedPersons"), "counter equals rows");
    assertEquals(4, after.getInt("waitingPersons"), "counter equals rows");
    for (int i = 0; i < 8; i++) {
      assertEquals("CONFIRMED", status(rows, waiting.get(i)), "first in, first up");
    }
  }

  private static String status(List<JsonObject> rows, JsonObject registration) {
    return rows.stream()
        .filter(r -> r.getString("code").equals(registration.getString("code")))
        .findFirst()
        .orElseThrow()
        .getString("status");
  }
}
