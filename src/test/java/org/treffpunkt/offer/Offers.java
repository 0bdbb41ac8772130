package org.treffpunkt.offer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import org.treffpunkt.testing.Accounts;
import org.treffpunkt.testing.Api;

/** Help offers for tests: a body with a unique title, made through the API. */
final class Offers {

  private Offers() {}

  /**
   * A body of an offer of {@code partnerId} in {@code districtIds}, open Tuesday mornings ({@code
   * more} adds members; a title there replaces {@code title}).
   */
  static String body(long partnerId, String title, String districtIds, String more) {
    return "{\"partnerId\":"
        + partnerId
        + (more.contains("\"title\":") ? "" : ",\"title\":{\"de\":\"" + title + "\"}")
        + ",\"districtIds\":["
        + districtIds
        + "],"
        + (more.isEmpty() ? "" : more + ",")
        + "\"openingHours\":[{\"day\":\"TUESDAY\",\"from\":\"09:00\",\"to\":\"12:00\"}]}";
  }

  /** A published offer of a new partner organisation in a district, made by an organiser. */
  static JsonObject published(String districtIds, String more) {
    Api.Reply created =
        Api.admin()
            .post(
                "/api/offers",
                body(Accounts.newPartner(), Accounts.unique("Angebot"), districtIds, more));
    assertEquals(201, created.status(), created.toString());
    return created.json();
  }
}
