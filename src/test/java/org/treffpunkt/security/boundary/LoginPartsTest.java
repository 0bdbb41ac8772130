package org.treffpunkt.security.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class LoginPartsTest {

  private static String basic(String raw) {
    return "Basic " + Base64.getEncoder().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void basicCredentialsAreReadAsUtf8AndMayContainColonsInThePassword() {
    var credential = BasicCredentials.parse(basic("aylin:pässwort:mit:doppelpunkt")).orElseThrow();

    assertEquals("aylin", credential.getCaller());
    assertEquals("pässwort:mit:doppelpunkt", credential.getPasswordAsString());
  }

  @Test
  void malformedBasicHeadersAreNoCredentials() {
    assertTrue(BasicCredentials.parse("Basic %%%").isEmpty());
    assertTrue(BasicCredentials.parse(basic("no-colon")).isEmpty());
    assertTrue(BasicCredentials.parse(basic(":password-without-user")).isEmpty());
    assertTrue(BasicCredentials.parse("Bearer abc").isEmpty());
    assertTrue(BasicCredentials.parse(null).isEmpty());
  }

  @Test
  void afterLoginOnlyPathsOfThisApplicationAreFollowed() {
    assertEquals(
        "/manage/meetings.xhtml?id=4", LoginBacking.safeTarget("/manage/meetings.xhtml?id=4"));
    assertEquals("/manage/", LoginBacking.safeTarget("https://evil.example/"));
    assertEquals("/manage/", LoginBacking.safeTarget("//evil.example/"));
    assertEquals("/manage/", LoginBacking.safeTarget("/\\evil.example"));
    assertEquals("/manage/", LoginBacking.safeTarget(null));
    assertEquals("/manage/", LoginBacking.safeTarget("/login.xhtml?continue=/x"));
  }
}
