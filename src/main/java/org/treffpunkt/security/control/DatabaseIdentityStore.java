package org.treffpunkt.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import org.treffpunkt.platform.access.Role;

/** Checks user names and passwords against the accounts in the database. */
@ApplicationScoped
public class DatabaseIdentityStore implements IdentityStore {

  @Inject UserDirectory directory;

  public CredentialValidationResult validate(UsernamePasswordCredential credential) {
    return directory
        .authenticate(credential)
        .map(a -> new CredentialValidationResult(a.getUsername(), Role.groupsOf(a.getRoles())))
        .orElse(CredentialValidationResult.INVALID_RESULT);
  }
}
