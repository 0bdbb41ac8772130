package org.treffpunkt.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.treffpunkt.platform.access.Role;

class AuthenticationPartsTest {

  @Test
  void anAdminIsAlsoAnOrganiser() {
    assertEquals(Set.of("admin", "organiser"), Role.groupsOf(EnumSet.of(Role.ADMIN)));
    assertEquals(Set.of("partner"), Role.groupsOf(EnumSet.of(Role.PARTNER)));
    assertEquals(Set.of(), Role.groupsOf(EnumSet.noneOf(Role.class)));
  }

  @Test
  void roleNamesAreTheApiNames() {
    assertEquals(Role.ORGANISER, Role.of("organiser").orElseThrow());
    assertTrue(Role.of("ORGANISER").isEmpty());
    assertEquals(Role.ADMIN_NAME, Role.ADMIN.roleName());
  }
}
