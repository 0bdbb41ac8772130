package org.treffpunkt.security.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Optional;
import java.util.stream.Collectors;
import org.treffpunkt.platform.i18n.CurrentLanguage;
import org.treffpunkt.security.control.UserDirectory;
import org.treffpunkt.security.entity.Role;
import org.treffpunkt.security.entity.UserAccount;

/** The logged-in user as pages and services see it. */
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

  public boolean hasRole(Role role) {
    return securityContext.isCallerInRole(role.roleName());
  }

  /** The partner organisation a partner account works for. */
  public Optional<Long> partnerId() {
    return account().map(UserAccount::getPartnerId);
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
