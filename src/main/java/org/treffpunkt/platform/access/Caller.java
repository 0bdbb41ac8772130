package org.treffpunkt.platform.access;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who calls in this request: the account's name, groups and partner organisation (read once per
 * request).
 */
@RequestScoped
public class Caller {

  /**
   * What authorisation needs to know of an account that may log in: its id, partner and container
   * groups.
   */
  public record Facts(long userId, Long partnerId, Set<String> groups) {}

  /**
   * Looks up accounts that may log in (active, with a role); the security feature implements it.
   */
  public interface Directory {
    Optional<Facts> facts(String username);

    Optional<Facts> facts(long userId);
  }

  /**
   * Request attribute set by the authentication mechanism when an API token authenticated the
   * request.
   */
  public static final String VIA_TOKEN = "org.treffpunkt.viaToken";

  private static final String KNOWN = "org.treffpunkt.caller";

  /** What the authentication mechanism read of the account it authenticated in this request. */
  private record Known(String username, Facts facts) {}

  /**
   * Called by the authentication mechanism with what it has just read of the account it
   * authenticates, so that this request does not read the account again.
   */
  public static void authenticated(HttpServletRequest request, String username, Facts facts) {
    request.setAttribute(KNOWN, new Known(username, facts));
  }

  @Inject SecurityContext securityContext;
  @Inject HttpServletRequest request;
  @Inject Directory directory;

  private Optional<Facts> facts;
  private Set<String> groups;

  public Optional<String> username() {
    if (request.getUserPrincipal() == null) {
      // Anonymous: WildFly's SecurityContext names the anonymous identity ("anonymous"), and
      // looking
      // that name up cost every public request a query on a connection of its own.
      return Optional.empty();
    }
    Principal principal = securityContext.getCallerPrincipal();
    return Optional.ofNullable(principal).map(Principal::getName);
  }

  private Optional<Facts> facts() {
    if (facts == null) {
      Optional<String> username = username();
      facts =
          request.getAttribute(KNOWN) instanceof Known known
                  && username.filter(known.username()::equals).isPresent()
              ? Optional.of(known.facts())
              : username.flatMap(directory::facts);
    }
    return facts;
  }

  public boolean isLoggedIn() {
    return facts().isPresent();
  }

  /** The container groups of the caller (admin includes organiser); empty when anonymous. */
  public Set<String> groups() {
    if (groups == null) {
      groups =
          !isLoggedIn()
              ? Set.of()
              : Arrays.stream(Role.values())
                  .map(Role::roleName)
                  .filter(securityContext::isCallerInRole)
                  .collect(Collectors.toUnmodifiableSet());
    }
    return groups;
  }

  /** Whether an API token (not a password) authenticated this request. */
  public boolean viaToken() {
    return Boolean.TRUE.equals(request.getAttribute(VIA_TOKEN));
  }

  public Optional<Long> userId() {
    return facts().map(Facts::userId);
  }

  /** The partner organisation a partner account works for. */
  public Optional<Long> partnerId() {
    return facts().map(Facts::partnerId);
  }
}
