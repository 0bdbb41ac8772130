package org.treffpunkt.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.UUID;

/**
 * Creates back-office accounts through the admin API; every test makes its own, so tests never
 * share state.
 */
public final class Accounts {

  public static final String PASSWORD = "correct horse battery";

  private Accounts() {}

  public static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  /** A new organiser's user name and API access, for tests that also log in through the browser. */
  public record Login(String username, Api api) {}

  public static Login organiserLogin(String prefix) {
    String username = unique(prefix);
    create(username, "[\"organiser\"]", null);
    return new Login(username, Api.withTokenOf(username, PASSWORD));
  }

  /** A new organiser; the API as them, with a token (one password check, not one per call). */
  public static Api organiser() {
    String username = unique("organiser");
    create(username, "[\"organiser\"]", null);
    return Api.withTokenOf(username, PASSWORD);
  }

  /**
   * A partner account of a new partner organisation; returns the API as that partner (with a
   * token).
   */
  public static Api partner() {
    return partnerOf(newPartner()).api();
  }

  /** A new partner account working for {@code partnerId}. */
  public static Login partnerOf(long partnerId) {
    String username = unique("partner");
    create(username, "[\"partner\"]", partnerId);
    return new Login(username, Api.withTokenOf(username, PASSWORD));
  }

  public static long newPartner() {
    Api.Reply reply =
        Api.admin()
            .post("/api/partners", "{\"name\":\"" + unique("Partner") + "\",\"contact\":\"Büro\"}");
    assertEquals(201, reply.status(), reply.toString());
    return reply.json().getJsonNumber("id").longValue();
  }

  public static long create(String username, String rolesJson, Long partnerId) {
    Api.Reply reply =
        Api.admin()
            .post(
                "/api/users",
                "{\"username\":\""
                    + username
                    + "\",\"displayName\":\"Test "
                    + username
                    + "\",\"password\":\""
                    + PASSWORD
                    + "\",\"roles\":"
                    + rolesJson
                    + ",\"partnerId\":"
                    + partnerId
                    + "}");
    assertEquals(201, reply.status(), reply.toString());
    return reply.json().getJsonNumber("id").longValue();
  }
}
