package org.treffpunkt.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.treffpunkt.testing.Accounts;
import org.treffpunkt.testing.Api;
import org.treffpunkt.testing.Csv;
import org.treffpunkt.testing.Fixtures;
import org.treffpunkt.testing.Json;
import org.treffpunkt.testing.ServerTest;

@ServerTest
class ReportIT {

  private static final String[] MEASURES = {
    "meetingsHeld",
    "meetingsCancelled",
    "registrations",
    "confirmedPersons",
    "attendedPersons",
    "walkInPersons",
    "waitlistedPersons",
    "promotedPersons",
    "interpretationPersons",
    "nonEuCitizens",
    "firstVisits",
    "feedbackYes",
    "feedbackPartly",
    "feedbackNo"
  };

  private static Api.Reply report(ReportScenario s, String groupBy, String... headers) {
    return s.organiser.get(
        "/api/reports/participation?from="
            + s.from()
            + "&to="
            + s.to()
            + (groupBy == null ? "" : "&groupBy=" + groupBy),
        headers);
  }

  /** A row's figures in the fixed order, numbers and "<5" as text. */
  private static List<String> figures(JsonObject row) {
    List<String> values = new ArrayList<>();
    for (String m : MEASURES) {
      values.add(text(row.get(m)));
    }
    return values;
  }

  private static String text(JsonValue value) {
    return value instanceof JsonString s ? s.getString() : ((JsonNumber) value).toString();
  }

  private static JsonObject row(List<JsonObject> rows, String dimension, String value) {
    return rows.stream()
        .filter(r -> r.getString(dimension).equals(value))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no row " + dimension + "=" + value + " in " + rows));
  }

  @Test
  void everyFigureIsRightSmallCellsAreSuppressedAndAnonymisationChangesNoFigure() {
    ReportScenario s = new ReportScenario();

    Api.Reply totals = report(s, null);
    assertEquals(200, totals.status(), totals.toString());
    List<JsonObject> all = totals.json().getJsonArray("rows").getValuesAs(JsonObject.class);
    assertEquals(1, all.size());
    //                 held cancelled regs confirmed attended walk-ins waited promoted interp nonEU
    // first yes partly no
    assertEquals(
        List.of("2", "1", "6", "11", "9", "6", "<5", "<5", "10", "9", "<5", "5", "<5", "<5"),
        figures(all.get(0)));
    assertEquals(Map.of("ar", "<5", "fa", "5", "uk", "<5"), interpretation(all.get(0)));

    List<JsonObject> byFormat =
        report(s, "format").json().getJsonArray("rows").getValuesAs(JsonObject.class);
    assertEquals(
        List.of("exchange", "neighbourhood"),
        byFormat.stream().map(r -> r.getString("format")).toList());
    assertEquals(
        List.of("1", "1", "<5", "5", "<5", "6", "<5", "<5", "5", "<5", "<5", "5", "<5", "0"),
        figures(byFormat.get(0)));
    assertEquals(
        List.of("1", "0", "<5", "6", "6", "0", "0", "0", "5", "5", "0", "0", "0", "<5"),
        figures(byFormat.get(1)));

    List<JsonObject> byLanguage =
        report(s, "language").json().getJsonArray("rows").getValuesAs(JsonObject.class);
    assertEquals(
        List.of("ar", "de", "fa", "none", "uk"),
        byLanguage.stream().map(r -> r.getString("language")).toList(),
        "interpretation languages, none, and the language feedback was given in");
    assertEquals(
        List.of("1", "0", "<5", "5", "5", "0", "0", "0", "5", "5", "0", "0", "0", "0"),
        figures(row(byLanguage, "language", "fa")));
    assertEquals(
        List.of("2", "1", "<5", "<5", "<5", "<5", "0", "0", "0", "0", "0", "0", "0", "0"),
        figures(row(byLanguage, "language", "none")),
        "the cancelled meeting has no figures: it counts under none");
    assertEquals(
        List.of("2", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "5", "<5", "<5"),
        figures(row(byLanguage, "language", "de")));

    String byMonth = report(s, "month,format,district,language").body();
    assertTrue(byMonth.contains("\"month\":\"" + s.month + "\""), byMonth);

    Map<String, String> before = snapshot(s);
    Api.Reply listBefore = s.organiser.get("/api/meetings/" + s.meetingA + "/registrations");
    assertTrue(listBefore.body().contains("amal@example.org"), "personal data is there before");

    Api.Reply run = Api.admin().post("/api/anonymisation", "");
    assertEquals(200, run.status(), run.toString());
    assertTrue(run.json().getBoolean("ran"));

    assertEquals(before, snapshot(s), "every figure is the same after anonymisation");
    for (long meeting : List.of(s.meetingA, s.meetingB)) {
      for (JsonObject r :
          s.organiser
              .get("/api/meetings/" + meeting + "/registrations")
              .jsonArray()
              .getValuesAs(JsonObject.class)) {
        for (String field : List.of("name", "email", "phone", "remark")) {
          assertFalse(r.containsKey(field) && !r.isNull(field), field + " survived: " + r);
        }
        assertTrue(
            !r.getJsonObject("needs").containsKey("other")
                || r.getJsonObject("needs").isNull("other"));
        assertTrue(r.getJsonArray("languages").isEmpty(), r.toString());
        assertTrue(
            r.getString("code").startsWith("X-"),
            "the code on paper lists no longer leads to anyone");
      }
    }
    for (String token : s.tokens) {
      assertEquals(
          404, Api.anonymous().get("/api/registrations/" + token).status(), "the token is gone");
      assertEquals(404, Api.anonymous().get("/calendar/registrations/" + token + ".ics").status());
    }
    JsonObject feedback = s.organiser.get("/api/meetings/" + s.meetingA + "/feedback").json();
    assertTrue(feedback.getJsonArray("comments").isEmpty(), "free texts are removed");
    assertEquals(5, feedback.getJsonObject("answers").getInt("YES"));

    Api.Reply again = Api.admin().post("/api/anonymisation", "");
    assertEquals(0, again.json().getInt("registrations"), "idempotent: nothing left to do");
    assertEquals(before, snapshot(s));
  }

  /** All report bodies of the scenario's month, JSON and CSV, by grouping. */
  private static Map<String, String> snapshot(ReportScenario s) {
    Map<String, String> bodies = new LinkedHashMap<>();
    for (String groupBy :
        new String[] {null, "format", "language", "month,format,district,language"}) {
      bodies.put(groupBy + " json", report(s, groupBy).body());
      bodies.put(groupBy + " csv", report(s, groupBy, "Accept", "text/csv").body());
    }
    return bodies;
  }

  private static Map<String, String> interpretation(JsonObject row) {
    Map<String, String> map = new LinkedHashMap<>();
    row.getJsonObject("interpretation").forEach((k, v) -> map.put(k, text(v)));
    return map;
  }

  @Test
  void theCsvHoldsTheSameCellsAsTheJson() {
    ReportScenario s = new ReportScenario();
    String groupBy = "format,language,month";
    List<JsonObject> rows =
        report(s, groupBy).json().getJsonArray("rows").getValuesAs(JsonObject.class);
    Api.Reply csvReply = report(s, groupBy, "Accept", "text/csv");
    assertEquals(200, csvReply.status());
    assertTrue(csvReply.contentType().startsWith("text/csv"));
    assertTrue(csvReply.body().startsWith("\uFEFF"), "opens in German Excel");
    List<List<String>> csv = Csv.parse(csvReply.body().substring(1));
    List<String> header = csv.get(0);
    assertEquals(List.of("format", "language", "month"), header.subList(0, 3));
    assertEquals(rows.size(), csv.size() - 1);
    for (int i = 0; i < rows.size(); i++) {
      JsonObject json = rows.get(i);
      List<String> line = csv.get(i + 1);
      for (int c = 0; c < header.size(); c++) {
        String column = header.get(c);
        String expected =
            column.startsWith("interpretation.")
                ? (json.getJsonObject("interpretation").containsKey(column.substring(15))
                    ? text(json.getJsonObject("interpretation").get(column.substring(15)))
                    : "0")
                : text(json.get(column));
        assertEquals(expected, line.get(c), "row " + i + " column " + column);
      }
    }
    assertEquals(
        csvReply.body(),
        new String(
            s.organiser
                .get(
                    "/api/reports/participation.csv?from="
                        + s.from()
                        + "&to="
                        + s.to()
                        + "&groupBy="
                        + groupBy)
                .body()
                .getBytes(StandardCharsets.UTF_8),
            StandardCharsets.UTF_8),
        "the download link gives the same file");
  }

  @Test
  void badParametersAreRefusedAndReportsAreForOrganisers() {
    Api organiser = Accounts.organiser();
    Api.Reply colour =
        organiser.get("/api/reports/participation?groupBy=format,colour", "Accept-Language", "en");
    assertEquals(400, colour.status());
    assertEquals(
        "Group by: format, district, month, language, topic.", Json.errors(colour).get("groupBy"));
    assertEquals(400, organiser.get("/api/reports/participation?from=yesterday").status());
    assertEquals(
        400, organiser.get("/api/reports/participation?from=2027-02-01&to=2027-01-01").status());
    assertEquals(400, organiser.get("/api/reports/participation?format=knitting").status());
    assertEquals(
        200, organiser.get("/api/reports/participation?format=exchange&district=5").status());
    assertEquals(401, Api.anonymous().get("/api/reports/participation").status());
    assertEquals(403, Accounts.partner().get("/api/reports/participation").status());
    assertEquals(
        403,
        organiser.post("/api/anonymisation", "").status(),
        "only admins start the anonymisation");
  }

  @Test
  void theAnonymisationRunsOnceWhenStartedOnManyServersAtOnce() throws Exception {
    Api organiser = Accounts.organiser();
    Api.admin().post("/api/anonymisation", "");
    var day = Fixtures.today().minusDays(200);
    JsonObject meeting =
        Fixtures.meeting(organiser, Fixtures.today().plusDays(3), "10:00", "11:00", 20, null);
    for (int i = 0; i < 7; i++) {
      Fixtures.register(Json.id(meeting), "Person " + i, 1, 0, null);
    }
    Fixtures.move(organiser, meeting, day, "10:00", "11:00", null);

    ExecutorService pool = Executors.newFixedThreadPool(6);
    try {
      List<Callable<JsonObject>> calls = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        calls.add(() -> Api.admin().post("/api/anonymisation", "").json());
      }
      int anonymised = 0;
      int ran = 0;
      for (Future<JsonObject> result : pool.invokeAll(calls)) {
        anonymised += result.get().getInt("registrations");
        ran += result.get().getBoolean("ran") ? 1 : 0;
      }
      assertEquals(
          7, anonymised, "each registration anonymised exactly once, whoever held the lock");
      assertTrue(ran >= 1);
    } finally {
      pool.shutdownNow();
    }
    assertTrue(
        organiser
            .get("/api/meetings/" + Json.id(meeting) + "/registrations")
            .jsonArray()
            .getValuesAs(JsonObject.class)
            .stream()
            .allMatch(r -> !r.containsKey("name")));
  }
}
