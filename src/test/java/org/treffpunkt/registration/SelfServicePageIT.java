package org.treffpunkt.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.treffpunkt.testing.Accounts;
import org.treffpunkt.testing.Api;
import org.treffpunkt.testing.Json;
import org.treffpunkt.testing.ServerTest;

@ServerTest
class SelfServicePageIT {

  @Test
  void theSecretPageLeaksNoReferrerIsNotCachedAndUnknownTokensAre404() {
    LocalDate day = LocalDate.now(ZoneId.of("Europe/Berlin")).plusWeeks(3);
    Api organiser = Accounts.organiser();
    long id =
        Json.id(
            organiser
                .post(
                    "/api/meetings",
                    "{\"title\":{\"de\":\"Beratung\"},\"formatId\":4,\"districtId\":1,\"onlineUrl\":\"https://x.example\","
                        + "\"start\":\""
                        + day
                        + "T09:00\",\"end\":\""
                        + day
                        + "T11:00\"}")
                .json());
    String token =
        Api.anonymous()
            .post(
                "/api/meetings/" + id + "/registrations",
                "{\"name\":\"Kim\",\"consent\":true}",
                "X-Forwarded-For",
                "10.44.0.1")
            .json()
            .getString("token");

    Api.Reply page = Api.anonymous().get("/r/" + token + "?lang=de");

    assertEquals(200, page.status());
    assertEquals("no-referrer", page.header("Referrer-Policy").orElse(""));
    assertEquals("no-store", page.header("Cache-Control").orElse(""));
    assertTrue(page.body().contains("Kim"));
    assertTrue(page.body().contains("<svg"), "QR code");
    assertEquals(404, Api.anonymous().get("/r/" + "A".repeat(43)).status());
    assertEquals(404, Api.anonymous().get("/r/bad!token").status());
  }
}
