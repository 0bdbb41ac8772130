package org.treffpunkt.platform;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WebSecurityTest {

  @Test
  void theRegistrationFormsPrettyAddressIsPersonal() {
    assertTrue(WebSecurity.personal("/meetings/42/register"));
    assertTrue(WebSecurity.personal("/meetings/42/register/"));
    assertTrue(WebSecurity.personal("/register.xhtml"));
  }

  @Test
  void publicPagesAndFeedsAreNot() {
    assertFalse(WebSecurity.personal("/meetings/42"));
    assertFalse(WebSecurity.personal("/meetings/42/registered"));
    assertFalse(WebSecurity.personal("/calendar/meetings.ics"));
    assertFalse(WebSecurity.personal("/calendar/meetings/42.ics"));
    assertFalse(WebSecurity.personal("/"));
  }

  @Test
  void theApiTheBackOfficeAndSecretAddressesAre() {
    assertTrue(WebSecurity.personal("/api/meetings"));
    assertTrue(WebSecurity.personal("/manage/meetings.xhtml"));
    assertTrue(WebSecurity.personal("/r/abc"));
    assertTrue(WebSecurity.personal("/calendar/registrations/abc.ics"));
  }
}
