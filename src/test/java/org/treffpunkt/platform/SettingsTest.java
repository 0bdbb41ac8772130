package org.treffpunkt.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingsTest {

  @Test
  void defaultsApplyWithoutConfiguration() {
    Settings settings = new Settings(Map.of());

    assertEquals("http://localhost:8080", settings.baseUrl());
    assertEquals(90, settings.retentionDays());
    assertEquals(20, settings.registrationRateLimit());
    assertFalse(settings.mailEnabled());
    assertTrue(settings.adminPassword().isEmpty());
  }

  @Test
  void environmentValuesWin() {
    Settings settings =
        new Settings(
            Map.of(
                "TREFFPUNKT_BASE_URL", "https://treffpunkt.magdeburg.de/",
                "TREFFPUNKT_RETENTION_DAYS", "30",
                "TREFFPUNKT_REGISTRATION_RATE_LIMIT", "0",
                "TREFFPUNKT_SMTP_HOST", "mail.example.org",
                "TREFFPUNKT_ADMIN_PASSWORD", "  "));

    assertEquals("https://treffpunkt.magdeburg.de", settings.baseUrl());
    assertEquals(30, settings.retentionDays());
    assertEquals(0, settings.registrationRateLimit());
    assertTrue(settings.mailEnabled());
    assertTrue(settings.adminPassword().isEmpty(), "a blank password is no password");
  }

  @Test
  void aNumberThatIsNoNumberIsReportedByName() {
    Settings settings = new Settings(Map.of("TREFFPUNKT_RETENTION_DAYS", "ninety"));

    IllegalStateException error =
        assertThrows(IllegalStateException.class, settings::retentionDays);
    assertTrue(error.getMessage().contains("TREFFPUNKT_RETENTION_DAYS"));
  }
}
