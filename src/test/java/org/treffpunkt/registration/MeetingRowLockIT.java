package org.treffpunkt.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.treffpunkt.testing.Accounts;
import org.treffpunkt.testing.Api;
import org.treffpunkt.testing.Fixtures;
import org.treffpunkt.testing.Json;
import org.treffpunkt.testing.ServerTest;

/**
 * Registering locks the meeting's own row, nothing that other meetings share: while another
 * transaction holds the rows of the meeting's district and format (as a {@code SELECT … FOR UPDATE}
 * joined over them would need, which made every registration of a district wait for the one before
 * it), a registration still goes through; and what a registration writes under the lock is not
 * written back by an organiser's edit that read the meeting before. Runs where the test reaches the
 * server's database: MariaDB (CI exports {@code TREFFPUNKT_DB_*}); H2 is embedded in the server.
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

    try (Connection database = connect()) {
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

  /**
   * An organiser's edit reads the meeting first and takes its row lock after; a registration that
   * commits in between (here: its counter update, made while the test holds the row) must not be
   * undone when the edit writes the meeting: the counters are written by registration alone.
   */
  @Test
  void anOrganisersEditDoesNotWriteBackPlacesItReadBeforeARegistrationCommitted() throws Exception {
    Api organiser = Accounts.organiser();
    LocalDate day = Fixtures.today().plusDays(10);
    JsonObject meeting = Fixtures.meeting(organiser, day, "10:00", "12:00", 30, "");
    long id = Json.id(meeting);
    Fixtures.register(id, "Vorher", 2, 0, "");

    try (Connection database = connect();
        Connection watcher = connect()) {
      database.setAutoCommit(false);
      try (Statement hold = database.createStatement()) {
        hold.executeQuery("SELECT id FROM meeting WHERE id = " + id + " FOR UPDATE").close();
        CompletableFuture<JsonObject> edit =
            CompletableFuture.supplyAsync(
                () -> Fixtures.move(organiser, meeting, day, "10:00", "12:30", ""));
        awaitWaitingForTheRow(watcher, edit);
        hold.executeUpdate(
            "UPDATE meeting SET confirmed_persons = confirmed_persons + 3 WHERE id = " + id);
        database.commit();
        JsonObject edited = edit.get(SECONDS_WHILE_HELD, TimeUnit.SECONDS);
        assertEquals(5, edited.getInt("confirmedPersons"), edited.toString());
      }
    }
    assertEquals(
        5, organiser.get("/api/meetings/" + id).json().getInt("confirmedPersons"), "2 + 3");
  }

  private static Connection connect() throws Exception {
    return DriverManager.getConnection(
        System.getenv("TREFFPUNKT_DB_URL"),
        System.getenv("TREFFPUNKT_DB_USER"),
        System.getenv("TREFFPUNKT_DB_PASSWORD"));
  }

  /**
   * Waits until another connection of the server's database user is in a {@code … FOR UPDATE} (the
   * edit, waiting for the row the test holds); the process list shows a user its own connections.
   */
  private static void awaitWaitingForTheRow(Connection watcher, CompletableFuture<?> edit)
      throws Exception {
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(SECONDS_WHILE_HELD);
    try (Statement look = watcher.createStatement()) {
      while (System.nanoTime() < until) {
        assertFalse(edit.isDone(), "the edit must wait for the row the test holds");
        try (ResultSet waiting =
            look.executeQuery(
                "SELECT COUNT(*) FROM information_schema.PROCESSLIST"
                    + " WHERE ID <> CONNECTION_ID() AND INFO LIKE '%for update%'")) {
          waiting.next();
          if (waiting.getInt(1) > 0) {
            return;
          }
        }
        Thread.sleep(20);
      }
    }
    fail("the edit never waited for the meeting's row");
  }
}
