package org.treffpunkt.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.treffpunkt.partner.control.PartnerDirectory;
import org.treffpunkt.platform.InputValidation;
import org.treffpunkt.platform.ProblemException;
import org.treffpunkt.platform.ProblemException.Violation;
import org.treffpunkt.platform.access.Allowed;
import org.treffpunkt.platform.access.Caller;
import org.treffpunkt.platform.access.Permission;
import org.treffpunkt.platform.access.Role;
import org.treffpunkt.security.entity.UserAccount;

/**
 * Admins create accounts, change roles, reset passwords and deactivate accounts; each change is
 * logged by name. A new password ends the account's sessions (the one making the change renews its
 * own).
 */
@ApplicationScoped
@Allowed(Permission.MANAGE_USERS)
public class UserAdministration {

  private static final Logger LOG = Logger.getLogger(UserAdministration.class.getName());

  @Inject UserDirectory directory;
  @Inject PasswordHashing hashing;
  @Inject PartnerDirectory partners;
  @Inject InputValidation validation;
  @Inject Caller caller;

  public List<UserAccount> all() {
    return directory.all();
  }

  @Transactional
  public UserAccount create(UserRequests.Create request) {
    List<Violation> violations = validation.violations(request);
    if (request != null) {
      violations.addAll(UserRequests.roleViolations(request.roles(), request.partnerId()));
    }
    ProblemException.throwIfAny(violations);
    if (directory.byUsername(request.username()).isPresent()) {
      throw ProblemException.invalid("username", "validation.taken");
    }
    requireKnownPartner(request.partnerId());
    UserAccount account =
        directory.create(
            request.username(),
            request.displayName().strip(),
            request.password().toCharArray(),
            roles(request.roles()),
            request.partnerId());
    LOG.info(
        () -> "Account " + account.getUsername() + " created with roles " + account.getRoles());
    return account;
  }

  @Transactional
  public UserAccount update(long id, UserRequests.Update request) {
    UserAccount account = directory.byId(id).orElseThrow(ProblemException::notFound);
    List<Violation> violations = validation.violations(request);
    if (request != null && request.roles() != null) {
      violations.addAll(UserRequests.roleViolations(request.roles(), request.partnerId()));
    }
    ProblemException.throwIfAny(violations);
    String actingUsername = caller.username().orElseThrow();
    boolean self = account.getUsername().equals(actingUsername);
    if (self
        && (Boolean.FALSE.equals(request.active())
            || request.roles() != null && !request.roles().contains(Role.ADMIN_NAME))) {
      throw ProblemException.conflict("problem.selfLockout");
    }
    if (request.displayName() != null) {
      account.rename(request.displayName().strip());
    }
    if (request.roles() != null) {
      requireKnownPartner(request.partnerId());
      account.assignRoles(roles(request.roles()));
      account.worksFor(request.partnerId());
    }
    if (request.password() != null) {
      account.changePassword(hashing.hash(request.password().toCharArray())); // ends its sessions
    }
    if (request.active() != null) {
      if (request.active()) {
        account.activate();
      } else {
        account.deactivate();
      }
    }
    LOG.info(() -> "Account " + account.getUsername() + " changed by " + actingUsername);
    return account;
  }

  private void requireKnownPartner(Long partnerId) {
    if (partnerId != null && partners.byId(partnerId).isEmpty()) {
      throw ProblemException.invalid("partnerId", "validation.unknownId");
    }
  }

  private static Set<Role> roles(List<String> names) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    names.forEach(n -> roles.add(Role.of(n).orElseThrow()));
    return roles;
  }
}
