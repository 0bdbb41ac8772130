package org.treffpunkt.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.treffpunkt.testing.Accounts;
import org.treffpunkt.testing.Api;
import org.treffpunkt.testing.Fixtures;
import org.treffpunkt.testing.Json;

/**
 * A known set of meetings in a month of its own, long past (nothing else in the test database is
 * there):
 *
 * <ul>
 *   <li>A (exchange, capacity 6): 2 adults needing Arabic, non-EU, first visit; 1+1 needing Arabic,
 *       non-EU; 2 adults without needs (later cancelled); 1 adult needing Ukrainian, waiting, then
 *       moved up. A and the Ukrainian checked in. Walk-ins: 4 needing Arabic, 2 without. Feedback:
 *       5 yes (one with text), 1 partly.
 *   <li>B (neighbourhood, capacity 10): 5 adults needing Persian, non-EU; 1 adult; both checked in.
 *       Feedback: 2 no.
 *   <li>C (exchange): cancelled. D (exchange): a draft with one registration-free date, never
 *       counted.
 * </ul>
 */
final class ReportScenario {

  final YearMonth month;
  final Accounts.Login login = Accounts.organiserLogin("bericht");
  final Api organiser = login.api();
  final List<String> tokens = new ArrayList<>();
  final long meetingA;
  final long meetingB;

  ReportScenario() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    month = YearMonth.of(random.nextInt(2001, 2016), random.nextInt(1, 13));
    var soon = Fixtures.today().plusDays(10);
    JsonObject a = Fixtures.meeting(organiser, soon, "10:00", "12:00", 6, "\"formatId\":1");
    JsonObject b = Fixtures.meeting(organiser, soon, "14:00", "16:00", 10, "\"formatId\":2");
    JsonObject c = Fixtures.meeting(organiser, soon, "17:00", "18:00", 10, "\"formatId\":1");
    JsonObject d =
        Fixtures.meeting(
            organiser, soon, "18:00", "19:00", 10, "\"formatId\":1,\"published\":false");
    meetingA = Json.id(a);
    meetingB = Json.id(b);

    String r1 =
        register(
            meetingA,
            "Amal",
            2,
            0,
            "\"interpreterLanguage\":\"ar\",\"email\":\"amal@example.org\","
                + "\"phone\":\"+49 391 1\",\"remark\":\"kommt mit Bus\",\"needs\":{\"other\":\"Brille\"},"
                + "\"languages\":[\"ar\",\"de\"],\"targetGroup\":{\"nonEuCitizen\":true,\"firstVisit\":true}");
    register(
        meetingA,
        "Basel",
        1,
        1,
        "\"interpreterLanguage\":\"ar\",\"targetGroup\":{\"nonEuCitizen\":true}");
    register(meetingA, "Chris", 2, 0, "\"targetGroup\":{\"firstVisit\":false}");
    String cancelled = tokens.get(tokens.size() - 1);
    String r4 = register(meetingA, "Dmytro", 1, 0, "\"interpreterLanguage\":\"uk\"");
    assertEquals(204, Api.anonymous().delete("/api/registrations/" + cancelled).status());
    String r5 =
        register(
            meetingB,
            "Farid",
            5,
            0,
            "\"interpreterLanguage\":\"fa\",\"targetGroup\":{\"nonEuCitizen\":true}");
    String r6 = register(meetingB, "Greta", 1, 0, null);

    checkIn(meetingA, r1);
    checkIn(meetingA, r4);
    checkIn(meetingB, r5);
    checkIn(meetingB, r6);
    walkIn(meetingA, "{\"persons\":4,\"language\":\"ar\"}");
    walkIn(meetingA, "{\"persons\":2}");

    Fixtures.move(organiser, a, month.atDay(3), "10:00", "12:00", "\"formatId\":1");
    Fixtures.move(organiser, b, month.atDay(10), "14:00", "16:00", "\"formatId\":2");
    Fixtures.move(organiser, c, month.atDay(17), "17:00", "18:00", "\"formatId\":1");
    Fixtures.move(
        organiser, d, month.atDay(24), "18:00", "19:00", "\"formatId\":1,\"published\":false");
    assertEquals(
        200,
        organiser
            .post("/api/meetings/" + Json.id(c) + "/cancel", "{\"reason\":\"Krank\"}")
            .status());

    feedback(meetingA, "YES", "Sehr gut, danke Frau Neumann");
    for (int i = 0; i < 4; i++) {
      feedback(meetingA, "YES", null);
    }
    feedback(meetingA, "PARTLY", null);
    feedback(meetingB, "NO", null);
    feedback(meetingB, "NO", null);
  }

  String from() {
    return month.atDay(1).toString();
  }

  String to() {
    return month.atEndOfMonth().toString();
  }

  private String register(long meetingId, String name, int adults, int children, String more) {
    JsonObject receipt = Fixtures.register(meetingId, name, adults, children, more);
    tokens.add(receipt.getString("token"));
    return receipt.getString("code");
  }

  private void checkIn(long meetingId, String code) {
    Api.Reply reply = organiser.post("/api/meetings/" + meetingId + "/attendance/" + code, "");
    assertEquals(200, reply.status(), reply.toString());
  }

  private void walkIn(long meetingId, String body) {
    assertEquals(201, organiser.post("/api/meetings/" + meetingId + "/walk-ins", body).status());
  }

  private static void feedback(long meetingId, String answer, String comment) {
    Api.Reply reply =
        Api.anonymous()
            .post(
                "/api/meetings/" + meetingId + "/feedback",
                "{\"answer\":\""
                    + answer
                    + "\""
                    + (comment == null ? "" : ",\"comment\":\"" + comment + "\"")
                    + "}",
                "X-Forwarded-For",
                Fixtures.randomClient());
    assertEquals(201, reply.status(), reply.toString());
  }
}
