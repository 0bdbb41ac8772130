package org.treffpunkt.platform.access;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Roles of the back office. An admin may do everything an organiser may. */
public enum Role {
  ADMIN,
  ORGANISER,
  PARTNER;

  public static final String ADMIN_NAME = "admin";
  public static final String ORGANISER_NAME = "organiser";
  public static final String PARTNER_NAME = "partner";

  /** The name used in the API, in {@code @RolesAllowed} and as the container's group. */
  public String roleName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<Role> of(String name) {
    for (Role role : values()) {
      if (role.roleName().equals(name)) {
        return Optional.of(role);
      }
    }
    return Optional.empty();
  }

  /** The container groups of someone holding {@code roles}: admin implies organiser. */
  public static Set<String> groupsOf(Set<Role> roles) {
    Set<Role> effective = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    if (effective.contains(ADMIN)) {
      effective.add(ORGANISER);
    }
    return effective.stream()
        .map(Role::roleName)
        .collect(java.util.stream.Collectors.toUnmodifiableSet());
  }
}
