package org.treffpunkt.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.treffpunkt.testing.Accounts;
import org.treffpunkt.testing.Fixtures;
import org.treffpunkt.testing.Json;
import org.treffpunkt.testing.ServerTest;

/**
 * Registering locks the meeting's own row, nothing that other meetings share: while another
 * transaction holds the rows of the meeting's district and format (as a {@code SELECT … FOR UPDATE}
 * joined over them would need, which made every registration of a district wait for the one before
 * it), a registration still goes through. Runs where the test reaches the server's database:
 * MariaDB (CI exports {@code TREFFPUNKT_DB_*}); H2 is embedded in the server.
 */
@ServerTest
@EnabledIfEnvironmentVariable(named = "TREFFPUNKT_DB_DRIVER", matches = "mariadb")
class MeetingRowLockIT {

  /**
   * How long the registration may take while the rows are held: far beyond its usual milliseconds,
   * far below MariaDB's lock wait timeout (50 s), after which a blocked registration would fail.
   */
  private static final int SECONDS_WHILE_HELD = 30;

  @Test
  void aRegistrationDoesNotWaitForTheRowsOfItsDistrictAndFormat() throws Exception {
    long id =
        Json.id(
            Fixtures.meeting(
                Accounts.organiser(),
                Fixtures.today().plusDays(9),
                "10:00",
                "12:00",
                30,
                "\"districtId\":7"));

    try (Connection database =
        DriverManager.getConnection(
            System.getenv("TREFFPUNKT_DB_URL"),
            System.getenv("TREFFPUNKT_DB_USER"),
            System.getenv("TREFFPUNKT_DB_PASSWORD"))) {
      database.setAutoCommit(false);
      try (Statement hold = database.createStatement()) {
        hold.executeQuery("SELECT id FROM district WHERE id = 7 FOR UPDATE").close();
        hold.executeQuery("SELECT id FROM meeting_format WHERE id = 1 FOR UPDATE").close();
      }

      JsonObject registration =
          CompletableFuture.supplyAsync(() -> Fixtures.register(id, "Riegel", 1, 0, ""))
              .get(SECONDS_WHILE_HELD, TimeUnit.SECONDS);

      assertNotNull(registration.getString("code"), registration.toString());
      assertEquals("CONFIRMED", registration.getString("status"), registration.toString());
      database.rollback();
    }
  }
}
