package org.treffpunkt.security.control;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.treffpunkt.platform.ProblemException.Violation;
import org.treffpunkt.platform.access.Role;

/** Bodies of the user API and the checks that span fields. */
public final class UserRequests {

  private UserRequests() {}

  @Schema(name = "NewUser")
  public record Create(
      @NotBlank(message = "{validation.required}")
          @Pattern(regexp = "[a-z0-9._-]{3,80}", message = "{validation.username}")
          String username,
      @NotBlank(message = "{validation.required}")
          @Size(max = 200, message = "{validation.maxLength}")
          String displayName,
      @NotBlank(message = "{validation.required}")
          @Size(
              min = PasswordHashing.MIN_LENGTH,
              max = 200,
              message = "{validation.passwordLength}")
          String password,
      @NotEmpty(message = "{validation.required}") List<String> roles,
      Long partnerId) {}

  /** Fields left out stay as they are. */
  @Schema(name = "UserChange")
  public record Update(
      @Size(min = 1, max = 200, message = "{validation.maxLength}") String displayName,
      @Size(min = PasswordHashing.MIN_LENGTH, max = 200, message = "{validation.passwordLength}")
          String password,
      @Size(min = 1, message = "{validation.required}") List<String> roles,
      Boolean active,
      Long partnerId) {}

  /**
   * Roles must be known; a partner account needs its organisation, and only a partner account has
   * one.
   */
  public static List<Violation> roleViolations(List<String> roles, Long partnerId) {
    List<Violation> violations = new ArrayList<>();
    if (roles == null) {
      return violations;
    }
    for (int i = 0; i < roles.size(); i++) {
      if (Role.of(roles.get(i)).isEmpty()) {
        violations.add(new Violation("roles." + i, "validation.unknownRole"));
      }
    }
    boolean partner = roles.contains(Role.PARTNER_NAME);
    if (partner && partnerId == null) {
      violations.add(new Violation("partnerId", "validation.required"));
    }
    if (!partner && partnerId != null) {
      violations.add(new Violation("partnerId", "validation.partnerOnly"));
    }
    return violations;
  }
}
