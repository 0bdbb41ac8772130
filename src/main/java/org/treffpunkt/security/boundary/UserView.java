package org.treffpunkt.security.boundary;

import java.time.Instant;
import java.util.List;
import org.treffpunkt.platform.access.Role;
import org.treffpunkt.security.entity.UserAccount;

/** An account as admins see it: no password hash, ever. */
public record UserView(
    long id,
    String username,
    String displayName,
    List<String> roles,
    boolean active,
    Long partnerId,
    Instant createdAt) {

  static UserView of(UserAccount account) {
    return new UserView(
        account.getId(),
        account.getUsername(),
        account.getDisplayName(),
        account.getRoles().stream().sorted().map(Role::roleName).toList(),
        account.isActive(),
        account.getPartnerId(),
        account.getCreatedAt());
  }
}
