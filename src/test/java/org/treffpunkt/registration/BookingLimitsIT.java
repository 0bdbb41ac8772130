package org.treffpunkt.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.treffpunkt.testing.Json.errors;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.treffpunkt.testing.Accounts;
import org.treffpunkt.testing.Api;
import org.treffpunkt.testing.FacesSession;
import org.treffpunkt.testing.Fixtures;
import org.treffpunkt.testing.Json;
import org.treffpunkt.testing.ServerTest;

/**
 * One anonymous client cannot book a meeting empty: group size and places per client are limited.
 */
@ServerTest
class BookingLimitsIT {

  private static String group(int adults, int children) {
    return "{\"name\":\"Gruppe\",\"adults\":"
        + adults
        + ",\"children\":"
        + children
        + ",\"consent\":true}";
  }

  private static long meeting(int capacity) {
    return Json.id(
        Fixtures.meeting(
            Accounts.organiser(), Fixtures.today().plusDays(8), "10:00", "12:00", capacity, ""));
  }

  @Test
  void aPublicRegistrationHoldsAtMostTenPersonsStaffRegisterLargerGroups() {
    long id = meeting(100);

    Api.Reply tooMany =
        Api.anonymous()
            .post("/api/meetings/" + id + "/registrations", group(8, 3), "Accept-Language", "en");
    Api.Reply staff =
        Accounts.organiser().post("/api/meetings/" + id + "/registrations", group(12, 6));

    assertEquals(400, tooMany.status(), tooMany.toString());
    assertTrue(errors(tooMany).get("adults").contains("At most 10 persons"), tooMany.toString());
    assertEquals(201, staff.status(), "staff register larger groups: " + staff);
    assertEquals(
        201, Api.anonymous().post("/api/meetings/" + id + "/registrations", group(7, 3)).status());
  }

  @Test
  void oneClientHoldsAtMostTwentyPlacesOfAMeeting() {
    long id = meeting(100);
    long other = meeting(100);
    String client = Fixtures.randomClient();
    for (int i = 0; i < 2; i++) {
      assertEquals(
          201,
          Api.anonymous()
              .post(
                  "/api/meetings/" + id + "/registrations", group(10, 0), "X-Forwarded-For", client)
              .status());
    }

    Api.Reply twentyFirst =
        Api.anonymous()
            .post(
                "/api/meetings/" + id + "/registrations",
                group(1, 0),
                "X-Forwarded-For",
                client,
                "Accept-Language",
                "de");

    assertEquals(400, twentyFirst.status(), twentyFirst.toString());
    assertTrue(errors(twentyFirst).get("adults").contains("höchstens 20"), twentyFirst.toString());
    assertEquals(
        201,
        Api.anonymous()
            .post(
                "/api/meetings/" + other + "/registrations", group(1, 0), "X-Forwarded-For", client)
            .status(),
        "another meeting counts on its own");
    assertEquals(
        201,
        Api.anonymous()
            .post(
                "/api/meetings/" + id + "/registrations",
                group(1, 0),
                "X-Forwarded-For",
                Fixtures.randomClient())
            .status(),
        "another client may still book");
    assertEquals(21, Api.anonymous().get("/api/meetings/" + id).json().getInt("confirmedPersons"));
  }

  @Test
  void theFormShowsTheGroupLimitNextToTheFieldAndKeepsWhatWasTyped() {
    long id = meeting(100);
    FacesSession visitor = FacesSession.anonymous();
    FacesSession.Page form = visitor.get("/meetings/" + id + "/register?lang=en");

    FacesSession.Page answer =
        visitor.submit(
            form,
            "register",
            "register:submit",
            Map.of(
                "register:name",
                "Familie",
                "register:adults",
                "9",
                "register:children",
                "4",
                "register:consent",
                "on"));

    assertEquals(200, answer.status());
    assertTrue(
        answer.body().contains("At most 10 persons can be registered together"), answer.body());
    assertTrue(answer.body().contains("value=\"Familie\""), "what was typed stays");
    assertEquals(0, Api.anonymous().get("/api/meetings/" + id).json().getInt("confirmedPersons"));
  }
}
