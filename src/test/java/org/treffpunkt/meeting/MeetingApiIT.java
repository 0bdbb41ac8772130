package org.treffpunkt.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.treffpunkt.testing.Json.errors;
import static org.treffpunkt.testing.Json.id;
import static org.treffpunkt.testing.Json.ids;
import static org.treffpunkt.testing.Json.items;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.treffpunkt.testing.Accounts;
import org.treffpunkt.testing.Api;
import org.treffpunkt.testing.ServerTest;

@ServerTest
class MeetingApiIT {

  private final Api organiser = Accounts.organiser();

  /** A meeting body; {@code extra} is spliced in as further JSON members. */
  static String meeting(
      String title, int districtId, int formatId, String start, String end, String extra) {
    return "{\"title\":{\"de\":\""
        + title
        + "\",\"ar\":\""
        + title
        + " (ar)\"},"
        + "\"summary\":{\"de\":\"Zusammen reden\"},"
        + "\"formatId\":"
        + formatId
        + ",\"districtId\":"
        + districtId
        + ","
        + "\"onlineUrl\":\"https://meet.example.org/"
        + title
        + "\","
        + "\"start\":\""
        + start
        + "\",\"end\":\""
        + end
        + "\",\"capacity\":12"
        + (extra.isEmpty() ? "" : "," + extra)
        + "}";
  }

  private JsonObject create(String body) {
    Api.Reply reply = organiser.post("/api/meetings", body);
    assertEquals(201, reply.status(), reply.toString());
    return reply.json();
  }

  private Api.Reply search(String query) {
    Api.Reply reply = Api.anonymous().get("/api/meetings?" + query);
    assertEquals(200, reply.status(), reply.toString());
    return reply;
  }

  @Test
  void aWeeklySeriesWithCountEightYieldsEightMeetingsAtSixInBerlinAcrossTheSpringChange() {
    String token = Accounts.unique("Reihe");
    Api.Reply created =
        organiser.post(
            "/api/series",
            meeting(
                token,
                3,
                1,
                "2027-03-09T18:00",
                "2027-03-09T20:00",
                "\"recurrence\":{\"frequency\":\"WEEKLY\",\"count\":8}"));

    assertEquals(201, created.status(), created.toString());
    List<Long> meetingIds =
        created
            .json()
            .getJsonArray("meetingIds")
            .getValuesAs(jakarta.json.JsonNumber.class)
            .stream()
            .map(n -> n.longValue())
            .toList();
    assertEquals(8, meetingIds.size());

    List<JsonObject> listed = items(search("from=2027-01-01&q=" + token + "&size=50"));
    assertEquals(meetingIds, ids(listed));
    assertEquals("2027-03-09T18:00:00+01:00", listed.get(0).getString("start"));
    assertEquals("2027-03-30T18:00:00+02:00", listed.get(3).getString("start"));
    assertEquals("2027-04-27T18:00:00+02:00", listed.get(7).getString("start"));
    long seriesId = created.json().getJsonNumber("id").longValue();
    assertTrue(listed.stream().allMatch(m -> m.getJsonNumber("seriesId").longValue() == seriesId));
  }

  @Test
  void cancellingOneDateMarksItCancelledWithItsReasonAndAHigherRevision() {
    String token = Accounts.unique("Absage");
    List<Long> dates = seriesOf(token, 3);
    long second = dates.get(1);
    int revisionBefore = Api.anonymous().get("/api/meetings/" + second).json().getInt("revision");

    Api.Reply cancelled =
        organiser.post("/api/meetings/" + second + "/cancel", "{\"reason\":\"Raum belegt\"}");

    assertEquals(200, cancelled.status(), cancelled.toString());
    JsonObject meeting = Api.anonymous().get("/api/meetings/" + second).json();
    assertEquals("CANCELLED", meeting.getString("status"));
    assertEquals("Raum belegt", meeting.getString("cancellationReason"));
    assertTrue(meeting.getInt("revision") > revisionBefore);
    assertFalse(meeting.getBoolean("registrationOpen"));
    assertEquals(
        "SCHEDULED",
        Api.anonymous().get("/api/meetings/" + dates.get(0)).json().getString("status"));
    assertEquals(
        409,
        organiser
            .post("/api/meetings/" + second + "/cancel", "{\"reason\":\"noch mal\"}")
            .status());
  }

  @Test
  void movingOneDateChangesOnlyThatDate() {
    String token = Accounts.unique("Verlegt");
    List<Long> dates = seriesOf(token, 3);
    JsonObject before = Api.anonymous().get("/api/meetings/" + dates.get(1)).json();

    Api.Reply moved =
        organiser.put(
            "/api/meetings/" + dates.get(1),
            meeting(token, 3, 1, "2027-05-13T17:00", "2027-05-13T19:00", ""));

    assertEquals(200, moved.status(), moved.toString());
    List<JsonObject> after = items(search("from=2027-01-01&q=" + token));
    assertEquals("2027-05-04T18:00:00+02:00", after.get(0).getString("start"));
    assertEquals("2027-05-13T17:00:00+02:00", after.get(1).getString("start"));
    assertEquals("2027-05-18T18:00:00+02:00", after.get(2).getString("start"));
    assertEquals(before.getInt("revision") + 1, after.get(1).getInt("revision"));
    assertEquals(0, after.get(0).getInt("revision"));
    assertEquals(0, after.get(2).getInt("revision"));
  }

  /** A weekly series of {@code count} dates from 4 May 2027, 18:00–20:00. */
  private List<Long> seriesOf(String token, int count) {
    Api.Reply created =
        organiser.post(
            "/api/series",
            meeting(
                token,
                3,
                1,
                "2027-05-04T18:00",
                "2027-05-04T20:00",
                "\"recurrence\":{\"frequency\":\"WEEKLY\",\"count\":" + count + "}"));
    assertEquals(201, created.status(), created.toString());
    return created
        .json()
        .getJsonArray("meetingIds")
        .getValuesAs(jakarta.json.JsonNumber.class)
        .stream()
        .map(n -> n.longValue())
        .toList();
  }

  @Test
  void editingTheSeriesFromADateOnLeavesEarlierAndHandEditedDatesAlone() {
    String token = Accounts.unique("Ab");
    List<Long> dates = seriesOf(token, 4);
    organiser.put(
        "/api/meetings/" + dates.get(2),
        meeting(token, 3, 1, "2027-05-19T10:00", "2027-05-19T12:00", ""));

    Api.Reply edited =
        organiser.put(
            "/api/series/"
                + Api.anonymous().get("/api/meetings/" + dates.get(0)).json().getInt("seriesId"),
            "{\"fromDate\":\"2027-05-11\",\"startTime\":\"17:00\",\"endTime\":\"19:30\",\"capacity\":30}");

    assertEquals(200, edited.status(), edited.toString());
    List<JsonObject> after = items(search("from=2027-01-01&q=" + token));
    assertEquals(
        "2027-05-04T18:00:00+02:00", after.get(0).getString("start"), "before the date: untouched");
    assertEquals(12, after.get(0).getInt("capacity"));
    assertEquals("2027-05-11T17:00:00+02:00", after.get(1).getString("start"));
    assertEquals("2027-05-11T19:30:00+02:00", after.get(1).getString("end"));
    assertEquals(30, after.get(1).getInt("capacity"));
    assertEquals(
        "2027-05-19T10:00:00+02:00", after.get(2).getString("start"), "edited by hand: untouched");
    assertEquals(12, after.get(2).getInt("capacity"));
    assertEquals("2027-05-25T17:00:00+02:00", after.get(3).getString("start"));
  }

  @Test
  void filtersByDistrictFormatAndLanguageReturnExactlyTheMatchingMeetings() {
    String token = Accounts.unique("Filter");
    long a =
        id(
            create(
                meeting(
                    token,
                    3,
                    1,
                    "2027-06-01T18:00",
                    "2027-06-01T20:00",
                    "\"languages\":[\"de\",\"ar\"]")));
    long b =
        id(
            create(
                meeting(
                    token,
                    3,
                    2,
                    "2027-06-02T18:00",
                    "2027-06-02T20:00",
                    "\"languages\":[\"uk\"]")));
    long c =
        id(
            create(
                meeting(
                    token,
                    36,
                    1,
                    "2027-06-03T18:00",
                    "2027-06-03T20:00",
                    "\"languages\":[\"ar\",\"fa\"]")));

    assertEquals(List.of(a, b), ids(items(search("from=2027-01-01&q=" + token + "&district=3"))));
    assertEquals(
        List.of(a, b), ids(items(search("from=2027-01-01&q=" + token + "&district=altstadt"))));
    assertEquals(
        List.of(a, c), ids(items(search("from=2027-01-01&q=" + token + "&format=exchange"))));
    assertEquals(List.of(a, c), ids(items(search("from=2027-01-01&q=" + token + "&language=ar"))));
    assertEquals(
        List.of(c),
        ids(items(search("from=2027-01-01&q=" + token + "&format=1&district=sudenburg"))));
    assertEquals(List.of(b), ids(items(search("from=2027-06-02&to=2027-06-03&q=" + token))));
  }

  @Test
  void pagesAreOrderedByStartAndCountTheWhole() {
    String token = Accounts.unique("Seite");
    seriesOf(token, 5);

    Api.Reply first = search("from=2027-01-01&q=" + token + "&size=2");
    Api.Reply third = search("from=2027-01-01&q=" + token + "&size=2&page=2");

    assertEquals(5, first.json().getInt("total"));
    assertEquals(2, items(first).size());
    assertEquals(1, items(third).size());
    assertEquals("2027-06-01T18:00:00+02:00", items(third).get(0).getString("start"));
  }

  @Test
  void textsComeInTheRequestedLanguageWithGermanAsFallback() {
    String token = Accounts.unique("Sprache");
    long id = id(create(meeting(token, 3, 1, "2027-06-01T18:00", "2027-06-01T20:00", "")));

    JsonObject arabic = Api.anonymous().get("/api/meetings/" + id + "?lang=ar").json();
    JsonObject turkish = Api.anonymous().get("/api/meetings/" + id, "Accept-Language", "tr").json();

    assertEquals(token + " (ar)", arabic.getString("title"));
    assertEquals("Zusammen reden", arabic.getString("summary"), "German summary as fallback");
    assertEquals(token, turkish.getString("title"));
    assertEquals("Buluşma ve paylaşım", turkish.getJsonObject("format").getString("name"));
    assertEquals(Api.BASE + "/meetings/" + id, turkish.getString("url"));
  }

  @Test
  void draftsAreSeenByOrganisersOnly() {
    String token = Accounts.unique("Entwurf");
    long id =
        id(
            create(
                meeting(
                    token, 3, 1, "2027-06-01T18:00", "2027-06-01T20:00", "\"published\":false")));

    assertEquals(404, Api.anonymous().get("/api/meetings/" + id).status());
    assertEquals(404, Accounts.partner().get("/api/meetings/" + id).status());
    assertEquals(200, organiser.get("/api/meetings/" + id).status());
    assertEquals(List.of(), ids(items(search("from=2027-01-01&q=" + token))));
    assertEquals(
        List.of(id),
        ids(items(organiser.get("/api/meetings?from=2027-01-01&drafts=true&q=" + token))));
  }

  @Test
  void aCoHostingPartnerSeesItsDraft() {
    long partnerId = Accounts.newPartner();
    String username = Accounts.unique("cohost");
    Accounts.create(username, "[\"partner\"]", partnerId);
    long id =
        id(
            create(
                meeting(
                    Accounts.unique("Gemeinsam"),
                    3,
                    1,
                    "2027-06-01T18:00",
                    "2027-06-01T20:00",
                    "\"published\":false,\"partnerIds\":[" + partnerId + "]")));

    Api.Reply reply = Api.as(username, Accounts.PASSWORD).get("/api/meetings/" + id);

    assertEquals(200, reply.status());
    assertEquals(
        partnerId,
        reply.json().getJsonArray("partners").getJsonObject(0).getJsonNumber("id").longValue());
  }

  @Test
  void onlyOrganisersWrite() {
    String body = meeting("x", 3, 1, "2027-06-01T18:00", "2027-06-01T20:00", "");
    assertEquals(401, Api.anonymous().post("/api/meetings", body).status());
    assertEquals(403, Accounts.partner().post("/api/meetings", body).status());
    assertEquals(403, Accounts.partner().post("/api/series", body).status());
  }

  @Test
  void invalidMeetingsAreRefusedFieldByFieldAndNothingIsStored() {
    String token = Accounts.unique("Falsch");
    String body =
        "{\"title\":{\"en\":\""
            + token
            + "\",\"xx\":\"?\"},\"formatId\":99,\"districtId\":3,"
            + "\"start\":\"2027-06-01T18:00\",\"end\":\"2027-06-01T17:00\",\"capacity\":0,\"languages\":[\"deutsch\"],"
            + "\"onlineUrl\":\"javascript:alert(1)\",\"summary\":{\"de\":\""
            + "s".repeat(501)
            + "\"}}";

    Api.Reply reply = organiser.post("/api/meetings", body, "Accept-Language", "en");

    assertEquals(400, reply.status(), reply.toString());
    assertEquals(
        Set.of(
            "title.de",
            "title.xx",
            "formatId",
            "end",
            "capacity",
            "languages.0",
            "onlineUrl",
            "summary.de"),
        errors(reply).keySet());
    assertEquals("The end must be after the start.", errors(reply).get("end"));
    assertEquals(0, search("from=2027-01-01&drafts=true&q=" + token).json().getInt("total"));
  }

  @Test
  void invalidSeriesAreRefused() {
    String base = meeting("s", 3, 1, "2027-06-01T18:00", "2027-06-01T20:00", "");
    Api.Reply beyond =
        organiser.post(
            "/api/series",
            meeting(
                "s",
                3,
                1,
                "2027-06-01T18:00",
                "2027-06-01T20:00",
                "\"recurrence\":{\"frequency\":\"WEEKLY\",\"until\":\"2029-06-01\"}"),
            "Accept-Language",
            "en");
    Api.Reply both =
        organiser.post(
            "/api/series",
            meeting(
                "s",
                3,
                1,
                "2027-06-01T18:00",
                "2027-06-01T20:00",
                "\"recurrence\":{\"frequency\":\"DAILY\",\"until\":\"2027-07-01\",\"count\":3}"));
    Api.Reply none = organiser.post("/api/series", base);

    assertEquals(400, beyond.status());
    assertEquals(
        "A series reaches at most 18 months ahead.", errors(beyond).get("recurrence.until"));
    assertEquals(Set.of("recurrence.frequency", "recurrence.count"), errors(both).keySet());
    assertEquals(Set.of("recurrence"), errors(none).keySet());
  }

  @Test
  void badFiltersAreNamed() {
    Api.Reply reply =
        Api.anonymous().get("/api/meetings?district=atlantis&from=yesterday&size=1000");

    assertEquals(400, reply.status());
    assertEquals(Set.of("district", "from", "size"), errors(reply).keySet());
  }

  @Test
  void unknownMeetingsAre404() {
    assertEquals(404, Api.anonymous().get("/api/meetings/987654321").status());
    assertEquals(
        404, organiser.post("/api/meetings/987654321/cancel", "{\"reason\":\"x\"}").status());
    assertEquals(404, organiser.get("/api/series/987654321").status());
  }
}
