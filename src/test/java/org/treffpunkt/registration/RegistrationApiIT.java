package org.treffpunkt.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.treffpunkt.testing.Json.errors;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.treffpunkt.testing.Accounts;
import org.treffpunkt.testing.Api;
import org.treffpunkt.testing.Json;
import org.treffpunkt.testing.ServerTest;

@ServerTest
class RegistrationApiIT {

  private final Api organiser = Accounts.organiser();

  /** A published meeting next month with {@code capacity} places (null = unlimited). */
  private long meeting(Integer capacity, String extra) {
    LocalDate day = LocalDate.now(ZoneId.of("Europe/Berlin")).plusMonths(1);
    Api.Reply reply =
        organiser.post(
            "/api/meetings",
            "{\"title\":{\"de\":\""
                + Accounts.unique("Treffen")
                + "\"},\"formatId\":1,\"districtId\":3,"
                + "\"onlineUrl\":\"https://meet.example.org/r\",\"start\":\""
                + day
                + "T18:00\",\"end\":\""
                + day
                + "T20:00\",\"capacity\":"
                + capacity
                + extra
                + "}");
    assertEquals(201, reply.status(), reply.toString());
    return Json.id(reply.json());
  }

  /**
   * A registration body for {@code adults} adults, from client {@code client} (X-Forwarded-For).
   */
  static String person(String name, int adults, int children) {
    return "{\"name\":\""
        + name
        + "\",\"adults\":"
        + adults
        + ",\"children\":"
        + children
        + ",\"languages\":[\"ar\"],\"interpreterLanguage\":\"ar\",\"consent\":true,"
        + "\"needs\":{\"stepFree\":true},\"targetGroup\":{\"nonEuCitizen\":true}}";
  }

  private static Api.Reply register(long meetingId, String body, String client, String... headers) {
    String[] all = new String[headers.length + 2];
    all[0] = "X-Forwarded-For";
    all[1] = client;
    System.arraycopy(headers, 0, all, 2, headers.length);
    return Api.anonymous().post("/api/meetings/" + meetingId + "/registrations", body, all);
  }

  private static String client() {
    return "10.9." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250);
  }

  private JsonObject meetingJson(long id) {
    return organiser.get("/api/meetings/" + id).json();
  }

  @Test
  void sixtySimultaneousRegistrationsFillExactlyTheCapacityAndWaitlistTheRest() throws Exception {
    long id = meeting(10, "");
    ExecutorService pool = Executors.newFixedThreadPool(60);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Api.Reply>> replies = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      String body = person("Gast " + i, 1, 0);
      String client = "10.1.0." + i;
      replies.add(
          pool.submit(
              () -> {
                start.await();
                return register(id, body, client);
              }));
    }
    start.countDown();
    List<JsonObject> receipts = new ArrayList<>();
    for (Future<Api.Reply> reply : replies) {
      Api.Reply r = reply.get();
      assertEquals(201, r.status(), r.toString());
      receipts.add(r.json());
    }
    pool.shutdown();

    long confirmed =
        receipts.stream().filter(r -> r.getString("status").equals("CONFIRMED")).count();
    List<Integer> positions =
        receipts.stream()
            .filter(r -> r.getString("status").equals("WAITLISTED"))
            .map(r -> r.getInt("waitlistPosition"))
            .sorted()
            .toList();
    assertEquals(10, confirmed);
    assertEquals(50, positions.size());
    assertEquals(1, positions.get(0));
    assertEquals(50, positions.get(49));
    assertEquals(50, Set.copyOf(positions).size(), "every waiting position once");
    JsonObject meeting = meetingJson(id);
    assertEquals(10, meeting.getInt("confirmedPersons"));
    assertEquals(0, meeting.getInt("freePlaces"));
    assertEquals(50, meeting.getInt("waitingPersons"));
    List<JsonObject> list =
        organiser
            .get("/api/meetings/" + id + "/registrations")
            .jsonArray()
            .getValuesAs(JsonObject.class);
    assertEquals(10, list.stream().filter(r -> r.getString("status").equals("CONFIRMED")).count());
    assertEquals(
        60, receipts.stream().map(r -> r.getString("code")).distinct().count(), "codes are unique");
  }

  @Test
  void aGroupWaitsAsAWholeAndCancellationPromotesInOrderSkippingGroupsThatDoNotFit() {
    long id = meeting(5, "");
    JsonObject three = register(id, person("Familie A", 2, 1), client()).json();
    JsonObject threeMore = register(id, person("Familie B", 3, 0), client()).json();
    JsonObject one = register(id, person("Einzeln", 1, 0), client()).json();
    JsonObject two = register(id, person("Paar", 2, 0), client()).json();
    JsonObject single = register(id, person("Noch jemand", 1, 0), client()).json();
    assertEquals("CONFIRMED", three.getString("status"));
    assertEquals("WAITLISTED", threeMore.getString("status"));
    assertEquals(1, threeMore.getInt("waitlistPosition"));
    assertEquals("CONFIRMED", one.getString("status"));
    assertEquals("WAITLISTED", two.getString("status"));
    assertEquals("CONFIRMED", single.getString("status"), "one more fits: 3 + 1 + 1 = 5");

    // 3 places free up: Familie B (3) fits and moves up first; the couple (2) still waits.
    assertEquals(
        204, Api.anonymous().delete("/api/registrations/" + three.getString("token")).status());

    assertEquals("CANCELLED", status(three));
    assertEquals("CONFIRMED", status(threeMore));
    assertEquals("WAITLISTED", status(two));
    assertEquals(
        1,
        Api.anonymous()
            .get("/api/registrations/" + two.getString("token"))
            .json()
            .getInt("waitlistPosition"));

    // One place frees: the couple does not fit, nobody else waits.
    assertEquals(
        204, Api.anonymous().delete("/api/registrations/" + one.getString("token")).status());
    assertEquals("WAITLISTED", status(two));
    assertEquals(4, meetingJson(id).getInt("confirmedPersons"));

    // Another place: now they fit.
    assertEquals(
        204, Api.anonymous().delete("/api/registrations/" + single.getString("token")).status());
    assertEquals("CONFIRMED", status(two));
    assertEquals(5, meetingJson(id).getInt("confirmedPersons"));
    assertEquals(0, meetingJson(id).getInt("waitingPersons"));
  }

  private static String status(JsonObject receipt) {
    return Api.anonymous()
        .get("/api/registrations/" + receipt.getString("token"))
        .json()
        .getString("status");
  }

  @Test
  void aRetryWithTheSameIdempotencyKeyReturnsTheFirstAnswerAndStoresOnce() throws Exception {
    long id = meeting(3, "");
    String key = java.util.UUID.randomUUID().toString();

    Api.Reply first = register(id, person("Amal", 1, 0), client(), "Idempotency-Key", key);
    Api.Reply again = register(id, person("Amal", 1, 0), client(), "Idempotency-Key", key);
    ExecutorService pool = Executors.newFixedThreadPool(5);
    List<Future<Api.Reply>> parallel = new ArrayList<>();
    String otherKey = java.util.UUID.randomUUID().toString();
    for (int i = 0; i < 5; i++) {
      parallel.add(
          pool.submit(
              () -> register(id, person("Bashir", 1, 0), client(), "Idempotency-Key", otherKey)));
    }
    Set<String> parallelCodes = new java.util.HashSet<>();
    for (Future<Api.Reply> r : parallel) {
      parallelCodes.add(r.get().json().getString("code"));
    }
    pool.shutdown();

    assertEquals(201, first.status());
    assertEquals(first.json(), again.json(), "the same code, token, status and links");
    assertEquals(1, parallelCodes.size(), "five parallel retries, one registration");
    assertEquals(2, organiser.get("/api/meetings/" + id + "/registrations").jsonArray().size());
    assertEquals(2, meetingJson(id).getInt("confirmedPersons"));
  }

  @Test
  void closedCancelledAndPastMeetingsRefuseWith409AndDraftsDoNotExist() {
    long cancelled = meeting(5, "");
    organiser.post("/api/meetings/" + cancelled + "/cancel", "{\"reason\":\"Krank\"}");
    long draft = meeting(5, ",\"published\":false");
    Api.Reply past =
        organiser.post(
            "/api/meetings",
            "{\"title\":{\"de\":\"Vorbei\"},\"formatId\":1,\"districtId\":3,\"onlineUrl\":\"https://x.example\","
                + "\"start\":\"2020-01-01T18:00\",\"end\":\"2020-01-01T20:00\"}");
    long closed = meeting(5, ",\"registrationCloses\":\"2020-01-01T00:00\"");

    Api.Reply toCancelled =
        register(cancelled, person("A", 1, 0), client(), "Accept-Language", "en");
    assertEquals(409, toCancelled.status());
    assertEquals(
        "This meeting is cancelled. You cannot register any more.",
        toCancelled.json().getString("detail"));
    assertEquals(409, register(Json.id(past.json()), person("A", 1, 0), client()).status());
    assertEquals(409, register(closed, person("A", 1, 0), client()).status());
    assertEquals(404, register(draft, person("A", 1, 0), client()).status());
    assertEquals(404, register(987654321L, person("A", 1, 0), client()).status());
  }

  @Test
  void badInputIsRefusedFieldByFieldAndStoresNothing() {
    long id = meeting(5, "");

    Api.Reply reply =
        register(
            id,
            "{\"name\":\" \",\"email\":\"not-an-address\",\"adults\":0,\"children\":0,\"languages\":[\"arabic\"],"
                + "\"consent\":false,\"website\":\"http://spam.example\"}",
            client(),
            "Accept-Language",
            "ar");

    assertEquals(400, reply.status());
    assertEquals(
        Set.of("name", "email", "adults", "languages.0", "consent", "website"),
        errors(reply).keySet());
    assertEquals("يرجى الموافقة على إشعار الخصوصية.", errors(reply).get("consent"));
    assertEquals(0, organiser.get("/api/meetings/" + id + "/registrations").jsonArray().size());
    assertEquals(400, register(id, "{\"name\":", client()).status());
    assertEquals(
        415,
        Api.anonymous()
            .send(
                "POST", "/api/meetings/" + id + "/registrations", "text/plain", "name=x".getBytes())
            .status());
  }

  @Test
  void theRateLimitAnswers429WithRetryAfter() {
    long id = meeting(null, "");
    String client = "10.77." + (int) (Math.random() * 250) + ".1";
    for (int i = 0; i < 20; i++) {
      assertEquals(201, register(id, person("Viele " + i, 1, 0), client).status());
    }

    Api.Reply limited = register(id, person("Zu viele", 1, 0), client);

    assertEquals(429, limited.status());
    assertTrue(limited.contentType().startsWith("application/problem+json"));
    long retryAfter = Long.parseLong(limited.header("Retry-After").orElseThrow());
    assertTrue(retryAfter >= 1 && retryAfter <= 60, "Retry-After " + retryAfter);
    assertEquals(201, register(id, person("Andere Adresse", 1, 0), client()).status());
  }

  @Test
  void theSelfServiceLinkShowsEverythingStoredAndCancels() {
    long id = meeting(null, "");
    JsonObject receipt =
        register(
                id,
                "{\"name\":\"Olena\",\"email\":\"olena@example.org\",\"phone\":\"+49 391 1234\",\"adults\":1,"
                    + "\"children\":2,\"languages\":[\"uk\",\"ru\"],\"interpreterLanguage\":\"uk\",\"remark\":\"Kinderwagen\","
                    + "\"needs\":{\"childcare\":true,\"other\":\"Sitzplatz\"},\"consent\":true,\"locale\":\"uk\","
                    + "\"targetGroup\":{\"nonEuCitizen\":true,\"firstVisit\":true}}",
                client())
            .json();

    assertTrue(receipt.getString("token").length() >= 22, "at least 128 bits");
    assertTrue(
        receipt
            .getString("code")
            .matches("[ACDEFGHJKMNPQRTUVWXY34679]{4}-[ACDEFGHJKMNPQRTUVWXY34679]{4}"));
    assertEquals(
        Api.BASE + "/r/" + receipt.getString("token"), receipt.getString("selfServiceUrl"));
    JsonObject mine =
        Api.anonymous().get("/api/registrations/" + receipt.getString("token")).json();
    assertEquals("Olena", mine.getString("name"));
    assertEquals("olena@example.org", mine.getString("email"));
    assertEquals(2, mine.getInt("children"));
    assertEquals("uk", mine.getString("interpreterLanguage"));
    assertTrue(mine.getJsonObject("needs").getBoolean("childcare"));
    assertEquals("CONFIRMED", mine.getString("status"));

    assertEquals(
        204, Api.anonymous().delete("/api/registrations/" + receipt.getString("token")).status());
    assertEquals(
        204,
        Api.anonymous().delete("/api/registrations/" + receipt.getString("token")).status(),
        "twice");
    assertEquals(
        "CANCELLED",
        Api.anonymous()
            .get("/api/registrations/" + receipt.getString("token"))
            .json()
            .getString("status"));
    assertEquals(404, Api.anonymous().get("/api/registrations/" + "x".repeat(43)).status());
    assertEquals(404, Api.anonymous().get("/api/registrations/short").status());
  }

  @Test
  void staffRegisterOnBehalfAndPartnersSeeOnlyTheirOwn() {
    long id = meeting(10, "");
    Api partner = Accounts.partner();
    Api otherPartner = Accounts.partner();
    register(id, person("Selbst", 1, 0), client());

    Api.Reply byPartner =
        partner.post("/api/meetings/" + id + "/registrations", person("Über Partner", 1, 0));
    otherPartner.post(
        "/api/meetings/" + id + "/registrations", person("Über anderen Partner", 1, 0));

    assertEquals(201, byPartner.status(), byPartner.toString());
    List<JsonObject> all =
        organiser
            .get("/api/meetings/" + id + "/registrations")
            .jsonArray()
            .getValuesAs(JsonObject.class);
    assertEquals(3, all.size());
    assertEquals(
        Set.of("Über Partner", "Über anderen Partner"),
        all.stream()
            .filter(r -> r.getBoolean("onBehalf"))
            .map(r -> r.getString("name"))
            .collect(Collectors.toSet()));
    List<JsonObject> partnersView =
        partner
            .get("/api/meetings/" + id + "/registrations")
            .jsonArray()
            .getValuesAs(JsonObject.class);
    assertEquals(
        List.of("Über Partner"), partnersView.stream().map(r -> r.getString("name")).toList());
    assertEquals(401, Api.anonymous().get("/api/meetings/" + id + "/registrations").status());
  }

  @Test
  void tokensAreNeverShownToStaff() {
    long id = meeting(10, "");
    String token = register(id, person("Geheim", 1, 0), client()).json().getString("token");

    String list = organiser.get("/api/meetings/" + id + "/registrations").body();

    assertFalse(list.contains(token));
    assertNotEquals(-1, list.indexOf("Geheim"));
  }

  @Test
  void organisersCancelForSomeoneAndMoreCapacityMovesTheWaitingListUp() {
    long id = meeting(2, "");
    JsonObject first = register(id, person("Eins", 2, 0), client()).json();
    JsonObject family = register(id, person("Familie", 2, 1), client()).json();
    JsonObject single = register(id, person("Allein", 1, 0), client()).json();
    String base = "/api/meetings/" + id + "/registrations/";

    Api.Reply noRoom = organiser.post(base + single.getString("code") + "/promote", "");
    assertEquals(409, noRoom.status(), noRoom.toString());
    assertEquals(
        403, Accounts.partner().post(base + single.getString("code") + "/promote", "").status());

    Api.Reply cancelled = organiser.post(base + first.getString("code") + "/cancel", "");
    assertEquals("CANCELLED", cancelled.json().getString("status"));
    // two places free: the family (3) does not fit, the single person moves up in order
    assertEquals("WAITLISTED", status(family));
    assertEquals("CONFIRMED", status(single));

    Api.Reply more =
        organiser.put(
            "/api/meetings/" + id,
            "{\"title\":{\"de\":\"Mehr Platz\"},\"formatId\":1,\"districtId\":3,"
                + "\"onlineUrl\":\"https://meet.example.org/r\",\"start\":\""
                + organiser.get("/api/meetings/" + id).json().getString("start")
                + "\",\"end\":\""
                + organiser.get("/api/meetings/" + id).json().getString("end")
                + "\",\"capacity\":4}");
    assertEquals(4, more.json().getInt("confirmedPersons"), "the edit's answer counts them");
    assertEquals("CONFIRMED", status(family), "more places: the family moves up by itself");
    assertEquals(4, meetingJson(id).getInt("confirmedPersons"));
    assertEquals(
        409,
        organiser.post(base + family.getString("code") + "/promote", "").status(),
        "not waiting");
  }
}
