package org.treffpunkt.calendar;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.treffpunkt.testing.Accounts;
import org.treffpunkt.testing.Api;
import org.treffpunkt.testing.Json;
import org.treffpunkt.testing.ServerTest;

/** The feeds as a calendar app reads them, checked with an independent parser (biweekly). */
@ServerTest
class CalendarFeedIT {

  private final Api organiser = Accounts.organiser();

  private List<Long> series(String title, String start, String end, int count, int district) {
    Api.Reply created =
        organiser.post(
            "/api/series",
            "{\"title\":{\"de\":\""
                + title
                + "\"},\"formatId\":1,\"districtId\":"
                + district
                + ",\"onlineUrl\":\"https://meet.example.org/c\",\"start\":\""
                + start
                + "\",\"end\":\""
                + end
                + "\","
                + "\"languages\":[\"de\",\"ar\"],\"recurrence\":{\"frequency\":\"WEEKLY\",\"count\":"
                + count
                + "}}");
    assertEquals(201, created.status(), created.toString());
    return created
        .json()
        .getJsonArray("meetingIds")
        .getValuesAs(jakarta.json.JsonNumber.class)
        .stream()
        .map(n -> n.longValue())
        .toList();
  }

  private static ICalendar parse(Api.Reply reply) {
    assertEquals(200, reply.status(), reply.toString());
    assertEquals("text/calendar;charset=utf-8", reply.contentType().toLowerCase().replace(" ", ""));
    return Biweekly.parse(reply.body()).first();
  }

  @Test
  void aSeriesWithACancelledAndAMovedDateShowsBothAsOverridesWithHigherSequence() {
    String title = Accounts.unique("Reihe");
    List<Long> ids = series(title, "2027-03-16T18:00", "2027-03-16T20:00", 4, 3);
    organiser.post("/api/meetings/" + ids.get(1) + "/cancel", "{\"reason\":\"Ferien\"}");
    organiser.put(
        "/api/meetings/" + ids.get(2),
        "{\"title\":{\"de\":\""
            + title
            + "\"},\"formatId\":1,\"districtId\":3,"
            + "\"onlineUrl\":\"https://meet.example.org/c\",\"start\":\"2027-04-01T17:00\",\"end\":\"2027-04-01T19:00\"}");

    ICalendar calendar = parse(Api.anonymous().get("/calendar/meetings/" + ids.get(0) + ".ics"));

    List<VEvent> events = calendar.getEvents();
    assertEquals(3, events.size(), "master and two overrides");
    VEvent master =
        events.stream().filter(e -> e.getRecurrenceRule() != null).findFirst().orElseThrow();
    List<Instant> occurrences = new ArrayList<>();
    master
        .getDateIterator(TimeZone.getTimeZone("Europe/Berlin"))
        .forEachRemaining(d -> occurrences.add(d.toInstant()));
    assertEquals(
        List.of(
            Instant.parse("2027-03-16T17:00:00Z"),
            Instant.parse("2027-03-23T17:00:00Z"),
            Instant.parse("2027-03-30T16:00:00Z"),
            Instant.parse("2027-04-06T16:00:00Z")),
        occurrences,
        "always 18:00 in Berlin, across the change to summer time");
    VEvent cancelled =
        events.stream()
            .filter(e -> e.getStatus() != null && e.getStatus().isCancelled())
            .findFirst()
            .orElseThrow();
    assertEquals(
        Instant.parse("2027-03-23T17:00:00Z"), cancelled.getRecurrenceId().getValue().toInstant());
    assertTrue(cancelled.getSequence().getValue() > 0);
    VEvent moved =
        events.stream()
            .filter(e -> e.getRecurrenceId() != null && !e.getStatus().isCancelled())
            .findFirst()
            .orElseThrow();
    assertEquals(
        Instant.parse("2027-03-30T16:00:00Z"), moved.getRecurrenceId().getValue().toInstant());
    assertEquals(
        Instant.parse("2027-04-01T15:00:00Z"), moved.getDateStart().getValue().toInstant());
    assertTrue(moved.getSequence().getValue() > 0);
    assertEquals(master.getUid().getValue(), moved.getUid().getValue());

    ICalendar publicFeed = parse(Api.anonymous().get("/calendar/meetings.ics?district=3&lang=en"));
    List<VEvent> ofSeries =
        publicFeed.getEvents().stream()
            .filter(e -> e.getUid().getValue().equals(master.getUid().getValue()))
            .toList();
    assertEquals(3, ofSeries.size(), "the public feed has the same master and overrides");
    assertTrue(
        ofSeries.stream()
            .filter(e -> e.getRecurrenceId() != null)
            .allMatch(e -> e.getSequence().getValue() > 0));
    assertTrue(
        ofSeries.stream().anyMatch(e -> e.getSummary().getValue().equals("Cancelled: " + title)));
  }

  @Test
  void anUnchangedFeedAnswers304AndAChangeGivesANewEtag() {
    List<Long> ids = series(Accounts.unique("Etag"), "2027-05-03T10:00", "2027-05-03T11:00", 3, 3);
    String path = "/calendar/meetings/" + ids.get(0) + ".ics";
    Api.Reply first = Api.anonymous().get(path);
    String etag = first.header("ETag").orElseThrow();
    String lastModified = first.header("Last-Modified").orElseThrow();

    assertEquals(304, Api.anonymous().get(path, "If-None-Match", etag).status());
    assertEquals(304, Api.anonymous().get(path, "If-Modified-Since", lastModified).status());
    assertEquals(first.body(), Api.anonymous().get(path).body(), "the same bytes every time");
    assertEquals(
        "gzip",
        Api.anonymous().get(path, "Accept-Encoding", "gzip").header("Content-Encoding").orElse(""));

    organiser.post("/api/meetings/" + ids.get(2) + "/cancel", "{\"reason\":\"Krank\"}");

    Api.Reply changed = Api.anonymous().get(path, "If-None-Match", etag);
    assertEquals(200, changed.status());
    assertNotEquals(etag, changed.header("ETag").orElseThrow());
    assertTrue(changed.body().contains("STATUS:CANCELLED"));

    String newTitle = Accounts.unique("Umbenannt");
    organiser.put(
        "/api/series/" + organiser.get("/api/meetings/" + ids.get(0)).json().getInt("seriesId"),
        "{\"fromDate\":\"2027-05-01\",\"title\":{\"de\":\"" + newTitle + "\"}}");
    Api.Reply renamed =
        Api.anonymous().get(path, "If-None-Match", changed.header("ETag").orElseThrow());
    assertEquals(
        200, renamed.status(), "a text edit changes the content, so the cached feed is not served");
    assertTrue(renamed.body().contains(newTitle));
  }

  private static HttpResponse<byte[]> raw(String path, String... headers) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Api.BASE + path));
    if (headers.length > 0) {
      request.headers(headers);
    }
    return HttpClient.newHttpClient()
        .send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  /** The headers of an answer but the connection's and the date. */
  private static java.util.Map<String, List<String>> headersOf(HttpResponse<byte[]> reply) {
    java.util.Map<String, List<String>> headers = new java.util.TreeMap<>();
    reply.headers().map().forEach((name, values) -> headers.put(name.toLowerCase(), values));
    headers.keySet().removeAll(List.of("date", "connection", ":status"));
    return headers;
  }

  /**
   * The first request after a change is answered by the servlet (it renders the feed); later ones
   * by the kept feeds in front of the servlet chain (calendar.boundary.KeptFeeds) while the version
   * is known in memory. Both must give the same status, bytes and headers, in every variant.
   */
  @Test
  void aKeptFeedIsAnsweredWithTheServletsBytesAndHeaders() throws Exception {
    String token = Accounts.unique("Keptfeed");
    List<Long> ids = series(token, "2027-08-02T18:00", "2027-08-02T19:00", 4, 12);
    String[][] variants = {
      {"Accept-Language", "de"},
      {"Accept-Encoding", "gzip", "Accept-Language", "ar"},
      {"Accept-Encoding", "gzip;q=0, br", "Cookie", "treffpunkt-lang=uk"}
    };
    for (String path :
        List.of(
            "/calendar/meetings.ics?district=12&format=1",
            "/calendar/meetings/" + ids.get(1) + ".ics")) {
      for (String[] headers : variants) {
        HttpResponse<byte[]> rendered = raw(path, headers);
        assertEquals(200, rendered.statusCode(), path);
        String etag = rendered.headers().firstValue("ETag").orElseThrow();
        List<String> revalidate = new ArrayList<>(List.of(headers));
        revalidate.addAll(List.of("If-None-Match", etag));
        HttpResponse<byte[]> notModified = raw(path, revalidate.toArray(String[]::new));
        assertEquals(304, notModified.statusCode());
        for (int i = 0; i < 3; i++) {
          HttpResponse<byte[]> kept = raw(path, headers);
          assertEquals(200, kept.statusCode());
          assertArrayEquals(rendered.body(), kept.body(), path + " " + List.of(headers));
          assertEquals(headersOf(rendered), headersOf(kept), path + " " + List.of(headers));
          HttpResponse<byte[]> keptNotModified = raw(path, revalidate.toArray(String[]::new));
          assertEquals(304, keptNotModified.statusCode());
          assertEquals(headersOf(notModified), headersOf(keptNotModified));
        }
      }
    }
    HttpResponse<byte[]> arabic =
        raw("/calendar/meetings.ics?district=12&format=1", "Accept-Language", "ar");
    HttpResponse<byte[]> german =
        raw("/calendar/meetings.ics?district=12&format=1", "Accept-Language", "de");
    assertNotEquals(
        arabic.headers().firstValue("ETag"),
        german.headers().firstValue("ETag"),
        "each language is kept under a key of its own");
  }

  @Test
  void theGzipFeedIsTheIdentityFeedCompressedOnceWithAnETagOfItsOwnAndBothRevalidate()
      throws Exception {
    String token = Accounts.unique("Gzipfeed");
    series(token, "2027-07-05T18:00", "2027-07-05T19:00", 20, 36);
    String path = "/calendar/meetings.ics?district=sudenburg";

    HttpResponse<byte[]> identity = raw(path);
    HttpResponse<byte[]> gzip = raw(path, "Accept-Encoding", "gzip");
    assertEquals(200, identity.statusCode());
    assertEquals(200, gzip.statusCode());
    assertTrue(new String(identity.body(), StandardCharsets.UTF_8).contains(token));
    assertEquals(Optional.empty(), identity.headers().firstValue("Content-Encoding"));
    assertEquals("gzip", gzip.headers().firstValue("Content-Encoding").orElseThrow());
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip.body()))) {
      assertArrayEquals(identity.body(), in.readAllBytes(), "compressed once, not twice");
    }
    assertEquals(
        String.valueOf(gzip.body().length),
        gzip.headers().firstValue("Content-Length").orElseThrow());
    String identityTag = identity.headers().firstValue("ETag").orElseThrow();
    String gzipTag = gzip.headers().firstValue("ETag").orElseThrow();
    assertNotEquals(identityTag, gzipTag);
    assertFalse(identityTag.startsWith("W/") || gzipTag.startsWith("W/"), "strong ETags");
    for (HttpResponse<byte[]> reply : List.of(identity, gzip)) {
      assertTrue(reply.headers().firstValue("Vary").orElseThrow().contains("Accept-Encoding"));
    }
    assertArrayEquals(gzip.body(), raw(path, "Accept-Encoding", "gzip").body(), "the same bytes");

    assertEquals(304, raw(path, "If-None-Match", identityTag).statusCode());
    HttpResponse<byte[]> notModified =
        raw(path, "Accept-Encoding", "gzip", "If-None-Match", gzipTag);
    assertEquals(304, notModified.statusCode());
    assertEquals(gzipTag, notModified.headers().firstValue("ETag").orElseThrow());
    assertEquals(0, notModified.body().length);
    assertEquals(
        200,
        raw(path, "Accept-Encoding", "gzip", "If-None-Match", identityTag).statusCode(),
        "the identity tag does not stand for the gzip bytes");
    assertEquals(200, raw(path, "If-None-Match", gzipTag).statusCode());
  }

  @Test
  void thePublicFeedFiltersByDistrictAndLeavesDraftsOut() {
    String token = Accounts.unique("Feedfilter");
    series(token + "-sud", "2027-06-07T18:00", "2027-06-07T19:00", 2, 36);
    series(token + "-alt", "2027-06-08T18:00", "2027-06-08T19:00", 2, 3);
    Json.id(
        organiser
            .post(
                "/api/meetings",
                "{\"title\":{\"de\":\""
                    + token
                    + "-draft\"},\"formatId\":1,"
                    + "\"districtId\":36,\"onlineUrl\":\"https://x.example\",\"start\":\"2027-06-09T18:00\","
                    + "\"end\":\"2027-06-09T19:00\",\"published\":false}")
            .json());

    String sudenburg = Api.anonymous().get("/calendar/meetings.ics?district=sudenburg").body();

    assertTrue(sudenburg.contains(token + "-sud"));
    assertFalse(sudenburg.contains(token + "-alt"));
    assertFalse(sudenburg.contains(token + "-draft"));
    assertTrue(sudenburg.contains("X-WR-CALNAME:Treffpunkt"));
    assertEquals(400, Api.anonymous().get("/calendar/meetings.ics?district=atlantis").status());
  }

  @Test
  void aRegistrantGetsTheirOwnDateAndAnInjectedTitleStaysText() {
    Api.Reply meeting =
        organiser.post(
            "/api/meetings",
            "{\"title\":{\"de\":\"Café\\r\\nBEGIN:VEVENT\\r\\nX: y\"},"
                + "\"formatId\":1,\"districtId\":3,\"onlineUrl\":\"https://x.example\",\"start\":\"2027-07-01T18:00\","
                + "\"end\":\"2027-07-01T19:00\"}");
    String token =
        Api.anonymous()
            .post(
                "/api/meetings/" + Json.id(meeting.json()) + "/registrations",
                "{\"name\":\"Ana\",\"consent\":true}",
                "X-Forwarded-For",
                "10.66.0.1")
            .json()
            .getString("token");

    ICalendar calendar = parse(Api.anonymous().get("/calendar/registrations/" + token + ".ics"));

    assertEquals(1, calendar.getEvents().size());
    assertEquals("Café\nBEGIN:VEVENT\nX: y", calendar.getEvents().get(0).getSummary().getValue());
    assertEquals(
        404, Api.anonymous().get("/calendar/registrations/" + "B".repeat(43) + ".ics").status());
    assertEquals(404, Api.anonymous().get("/calendar/meetings/987654321.ics").status());
  }

  @Test
  void aPartnersPrivateFeedShowsItsMeetingsWithDraftsUntilTheTokenIsRevoked() {
    long partnerId = Accounts.newPartner();
    String username = Accounts.unique("feeder");
    Accounts.create(username, "[\"partner\"]", partnerId);
    Api partner = Api.as(username, Accounts.PASSWORD);
    String token = Accounts.unique("Intern");
    organiser.post(
        "/api/meetings",
        "{\"title\":{\"de\":\""
            + token
            + "-cohosted\"},\"formatId\":1,\"districtId\":3,"
            + "\"onlineUrl\":\"https://x.example\",\"start\":\"2027-08-01T18:00\",\"end\":\"2027-08-01T19:00\","
            + "\"published\":false,\"partnerIds\":["
            + partnerId
            + "]}");
    organiser.post(
        "/api/meetings",
        "{\"title\":{\"de\":\""
            + token
            + "-other\"},\"formatId\":1,\"districtId\":3,"
            + "\"onlineUrl\":\"https://x.example\",\"start\":\"2027-08-02T18:00\",\"end\":\"2027-08-02T19:00\"}");

    Api.Reply created = partner.post("/api/feed-tokens", "{\"name\":\"Outlook Büro\"}");
    assertEquals(201, created.status(), created.toString());
    String url = created.json().getString("url");
    String path = url.substring(url.indexOf("/calendar/"));
    String feed = Api.anonymous().get(path).body();

    assertTrue(feed.contains("Entwurf: " + token + "-cohosted"), feed);
    assertFalse(feed.contains(token + "-other"));
    assertFalse(
        partner.get("/api/feed-tokens").body().contains(path.substring(20)),
        "the secret is shown once");
    long id = created.json().getJsonNumber("id").longValue();
    assertEquals(
        404, Accounts.partner().delete("/api/feed-tokens/" + id).status(), "not someone else's");
    assertEquals(204, partner.delete("/api/feed-tokens/" + id).status());
    assertEquals(404, Api.anonymous().get(path).status());
    assertEquals(401, Api.anonymous().post("/api/feed-tokens", "{\"name\":\"x\"}").status());
  }
}
