package org.treffpunkt.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.ThreadLocalRandom;

/** Meetings and registrations made through the API, as the tests need them. */
public final class Fixtures {

  public static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  private Fixtures() {}

  public static LocalDate today() {
    return LocalDate.now(BERLIN);
  }

  /**
   * A published meeting on {@code day} from {@code from} to {@code to} (HH:mm) with a unique German
   * title; {@code more} adds JSON members (e.g. {@code "venueId":3,"childcare":true}); without a
   * venue it is online.
   */
  public static JsonObject meeting(
      Api organiser, LocalDate day, String from, String to, Integer capacity, String more) {
    Api.Reply reply =
        organiser.post(
            "/api/meetings", body(Accounts.unique("Treffen"), day, from, to, capacity, more));
    assertEquals(201, reply.status(), reply.toString());
    return reply.json();
  }

  /**
   * Moves a meeting made by {@link #meeting} (same title and {@code more}) to another day, e.g.
   * into the past.
   */
  public static JsonObject move(
      Api organiser, JsonObject meeting, LocalDate day, String from, String to, String more) {
    Api.Reply reply =
        organiser.put(
            "/api/meetings/" + Json.id(meeting),
            body(
                meeting.getString("title"),
                day,
                from,
                to,
                meeting.isNull("capacity") ? null : meeting.getInt("capacity"),
                more));
    assertEquals(200, reply.status(), reply.toString());
    return reply.json();
  }

  private static String body(
      String title, LocalDate day, String from, String to, Integer capacity, String more) {
    boolean extra = more != null && !more.isEmpty();
    return "{\"title\":{\"de\":\""
        + title
        + "\"},"
        + (extra && more.contains("\"formatId\"") ? "" : "\"formatId\":1,")
        + (extra && more.contains("\"districtId\"") ? "" : "\"districtId\":5,")
        + "\"start\":\""
        + day
        + "T"
        + from
        + "\",\"end\":\""
        + day
        + "T"
        + to
        + "\",\"capacity\":"
        + capacity
        + ",\"interpretation\":true"
        + (extra ? "," + more : "")
        + (extra && more.contains("\"venueId\"")
            ? ""
            : ",\"onlineUrl\":\"https://meet.example.org/x\"")
        + "}";
  }

  /** A public registration from a random client address; {@code more} adds JSON members. */
  public static JsonObject register(
      long meetingId, String name, int adults, int children, String more) {
    Api.Reply reply =
        Api.anonymous()
            .post(
                "/api/meetings/" + meetingId + "/registrations",
                "{\"name\":\""
                    + name
                    + "\",\"adults\":"
                    + adults
                    + ",\"children\":"
                    + children
                    + ",\"consent\":true"
                    + (more == null || more.isEmpty() ? "" : "," + more)
                    + "}",
                "X-Forwarded-For",
                randomClient());
    assertEquals(201, reply.status(), reply.toString());
    return reply.json();
  }

  public static String randomClient() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    return "10."
        + random.nextInt(1, 250)
        + "."
        + random.nextInt(1, 250)
        + "."
        + random.nextInt(1, 250);
  }
}
