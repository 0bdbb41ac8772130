package org.treffpunkt.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.treffpunkt.platform.access.Caller;
import org.treffpunkt.platform.access.Role;
import org.treffpunkt.security.entity.UserAccount;

/** The user accounts: looking them up, checking passwords, creating and changing them. */
@ApplicationScoped
public class UserDirectory implements Caller.Directory {

  @PersistenceContext EntityManager em;
  @Inject PasswordHashing hashing;
  @Inject Clock clock;

  public Optional<UserAccount> byUsername(String username) {
    return em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
        .setParameter("username", username)
        .getResultStream()
        .findFirst();
  }

  public Optional<UserAccount> byId(long id) {
    return Optional.ofNullable(em.find(UserAccount.class, id));
  }

  public List<UserAccount> all() {
    return em.createQuery("select u from UserAccount u order by u.username", UserAccount.class)
        .getResultList();
  }

  /**
   * The account if the password is right and the account may log in; the same time is spent either
   * way.
   */
  public Optional<UserAccount> authenticate(UsernamePasswordCredential credential) {
    char[] password = credential.getPassword().getValue();
    Optional<UserAccount> account = byUsername(credential.getCaller());
    if (account.isEmpty()) {
      hashing.spendVerificationTime(password);
      return Optional.empty();
    }
    boolean matches = hashing.matches(password, account.get().getPasswordHash());
    return account.filter(a -> matches && a.mayLogIn());
  }

  /** What authorisation needs of an account that may still log in (checked on every request). */
  @Override
  public Optional<Caller.Facts> facts(String username) {
    return byUsername(username).flatMap(UserDirectory::facts);
  }

  @Override
  public Optional<Caller.Facts> facts(long userId) {
    return byId(userId).flatMap(UserDirectory::facts);
  }

  /** What authorisation needs of this account, if it may log in. */
  public static Optional<Caller.Facts> facts(UserAccount account) {
    return Optional.of(account)
        .filter(UserAccount::mayLogIn)
        .map(a -> new Caller.Facts(a.getId(), a.getPartnerId(), Role.groupsOf(a.getRoles())));
  }

  /**
   * What authorisation needs of a user logged in with the form, if the account still may log in and
   * its password has not changed since (checked on every request of a session).
   */
  public Optional<Caller.Facts> sessionFacts(String username, int sessionEpoch) {
    return byUsername(username)
        .filter(a -> a.getSessionEpoch() == sessionEpoch)
        .flatMap(UserDirectory::facts);
  }

  @Transactional
  public UserAccount create(
      String username, String displayName, char[] password, Set<Role> roles, Long partnerId) {
    UserAccount account =
        new UserAccount(username, displayName, hashing.hash(password), roles, clock.instant());
    account.worksFor(partnerId);
    em.persist(account);
    return account;
  }

  @Transactional
  public boolean exists(String username) {
    return byUsername(username).isPresent();
  }
}
