package org.treffpunkt.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.treffpunkt.testing.Accounts;
import org.treffpunkt.testing.Api;
import org.treffpunkt.testing.FacesSession;
import org.treffpunkt.testing.Fixtures;
import org.treffpunkt.testing.Json;
import org.treffpunkt.testing.ServerTest;

/**
 * The registration form keeps nothing on the server: reading it, sending it wrong and sending it
 * right make no session; the meeting and the idempotency key travel in the form, so the form sent
 * twice (a double click, a reload after an answer that got lost) still registers once.
 */
@ServerTest
class RegistrationFormStateIT {

  @Test
  void theFormMakesNoSessionAndTheSameFormSentTwiceRegistersOnce() {
    long id =
        Json.id(
            Fixtures.meeting(
                Accounts.organiser(), Fixtures.today().plusDays(12), "10:00", "12:00", 20, ""));
    FacesSession visitor = FacesSession.anonymous();

    FacesSession.Page form = visitor.get("/meetings/" + id + "/register?lang=en");
    assertEquals(200, form.status());
    assertTrue(form.body().contains("action=\"/meetings/" + id + "/register\""), form.body());
    assertNoSession(form);
    String key = FacesSession.fieldsOf(form.body(), "register").get("register:key");
    assertNotNull(key, "the idempotency key is in the form");

    FacesSession.Page withoutConsent =
        visitor.submit(
            form,
            "register",
            "register:submit",
            Map.of("register:name", "Zweimal", "register:adults", "2"));
    assertEquals(200, withoutConsent.status());
    assertNoSession(withoutConsent);
    assertTrue(withoutConsent.body().contains("value=\"Zweimal\""), "what was typed stays");
    assertEquals(
        key,
        FacesSession.fieldsOf(withoutConsent.body(), "register").get("register:key"),
        "the same key");
    String address = "/meetings/" + id + "/register";
    assertTrue(
        withoutConsent.body().contains("action=\"" + address + "\""),
        "sent back to the readable address");
    assertTrue(
        withoutConsent.body().contains("href=\"" + address + "?lang=de\""),
        "the language links keep the meeting");

    Map<String, String> consent = Map.of("register:consent", "on");
    FacesSession.Page registered =
        visitor.submit(withoutConsent, "register", "register:submit", consent);
    FacesSession.Page again =
        visitor.submit(withoutConsent, "register", "register:submit", consent);

    assertEquals(302, registered.status(), registered.body());
    assertTrue(registered.location().contains("/r/"), registered.location());
    assertNoSession(registered);
    assertEquals(302, again.status(), again.body());
    assertEquals(registered.location(), again.location(), "the second send answers with the first");
    assertEquals(
        2,
        Api.anonymous().get("/api/meetings/" + id).json().getInt("confirmedPersons"),
        "two adults, registered once");
  }

  private static void assertNoSession(FacesSession.Page page) {
    assertTrue(
        page.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("JSESSIONID")),
        () -> "no session: " + page.headers().allValues("Set-Cookie"));
  }
}
