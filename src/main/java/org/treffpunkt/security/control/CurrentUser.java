package org.treffpunkt.security.control;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Optional;
import java.util.stream.Collectors;
import org.treffpunkt.platform.i18n.CurrentLanguage;
import org.treffpunkt.security.entity.UserAccount;

/**
 * The logged-in staff member as the back-office pages show them (name, roles); who may do what:
 * Authorization.
 */
@Named
@RequestScoped
public class CurrentUser {

  @Inject SecurityContext securityContext;
  @Inject UserDirectory directory;
  @Inject CurrentLanguage language;

  private Optional<UserAccount> account;

  public Optional<UserAccount> account() {
    if (account == null) {
      Principal principal = securityContext.getCallerPrincipal();
      account = principal == null ? Optional.empty() : directory.byUsername(principal.getName());
    }
    return account;
  }

  public boolean isLoggedIn() {
    return account().isPresent();
  }

  public String getDisplayName() {
    return account().map(UserAccount::getDisplayName).orElse("");
  }

  public String getRoleNames() {
    return account().stream()
        .flatMap(a -> a.getRoles().stream())
        .sorted()
        .map(r -> language.message("role." + r.roleName()))
        .collect(Collectors.joining(", "));
  }
}
