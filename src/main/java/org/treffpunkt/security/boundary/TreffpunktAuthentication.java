package org.treffpunkt.security.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.treffpunkt.platform.ClientAddress;
import org.treffpunkt.platform.Settings;
import org.treffpunkt.platform.access.Caller;
import org.treffpunkt.security.control.ApiTokens;
import org.treffpunkt.security.control.DatabaseIdentityStore;
import org.treffpunkt.security.control.LoginThrottle;
import org.treffpunkt.security.control.UserDirectory;

/**
 * One mechanism for the whole application: the login form ({@code SecurityContext.authenticate}
 * from the login page) keeps the user in the session; an API token ({@code Authorization: Bearer})
 * or HTTP Basic authenticates a single API request without creating a session. Password checks
 * (form and Basic) are throttled ({@link LoginThrottle}). Protected pages send anonymous visitors
 * to the login form; the API answers 401 problem+json instead.
 */
@ApplicationScoped
public class TreffpunktAuthentication implements HttpAuthenticationMechanism {

  public static final String LOGIN_PAGE = "/login.xhtml";

  /** Request attribute telling the login form that it was throttled, with the seconds to wait. */
  public static final String THROTTLED = "org.treffpunkt.throttledSeconds";

  @Inject DatabaseIdentityStore identityStore;
  @Inject UserDirectory directory;
  @Inject UnauthorizedResponse unauthorized;
  @Inject ApiTokens tokens;
  @Inject LoginThrottle throttle;
  @Inject Settings settings;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    Credential submitted = context.getAuthParameters().getCredential();
    if (submitted instanceof UsernamePasswordCredential credential) {
      return logInWithForm(request, context, credential);
    }
    String authorization = request.getHeader("Authorization");
    if (BearerToken.present(authorization)) {
      return tokens
          .authenticate(BearerToken.value(authorization))
          .map(
              account -> {
                request.setAttribute(Caller.VIA_TOKEN, Boolean.TRUE);
                Caller.Facts facts = UserDirectory.facts(account).orElseThrow();
                Caller.authenticated(request, account.getUsername(), facts);
                return context.notifyContainerAboutLogin(account.getUsername(), facts.groups());
              })
          .orElseGet(() -> unauthorized.send(request, response, context));
    }
    if (BasicCredentials.present(authorization)) {
      Optional<UsernamePasswordCredential> credential = BasicCredentials.parse(authorization);
      if (credential.isEmpty()) {
        return unauthorized.send(request, response, context);
      }
      CredentialValidationResult result = checkPassword(request, credential.get());
      if (result == null) {
        return unauthorized.throttled(request, response, (Long) request.getAttribute(THROTTLED));
      }
      return result.getStatus() == CredentialValidationResult.Status.VALID
          ? context.notifyContainerAboutLogin(result)
          : unauthorized.send(request, response, context);
    }
    Optional<AuthenticationStatus> fromSession = resumeSession(request, context);
    if (fromSession.isPresent()) {
      return fromSession.get();
    }
    if (!context.isProtected()) {
      return context.doNothing();
    }
    if (isApi(request)) {
      return unauthorized.send(request, response, context);
    }
    return context.redirect(
        request.getContextPath() + LOGIN_PAGE + "?continue=" + continueTarget(request));
  }

  /**
   * Checks a password unless this account or address is throttled (then: null, and the seconds to
   * wait in the request attribute {@link #THROTTLED}); failures and successes count for the
   * throttle.
   */
  private CredentialValidationResult checkPassword(
      HttpServletRequest request, UsernamePasswordCredential credential) {
    String address = ClientAddress.of(request, settings.trustedProxies());
    long wait = throttle.secondsToWait(credential.getCaller(), address);
    if (wait > 0) {
      request.setAttribute(THROTTLED, wait);
      return null;
    }
    CredentialValidationResult result = identityStore.validate(credential);
    if (result.getStatus() == CredentialValidationResult.Status.VALID) {
      throttle.succeeded(credential.getCaller());
    } else {
      throttle.failed(credential.getCaller(), address);
    }
    return result;
  }

  private AuthenticationStatus logInWithForm(
      HttpServletRequest request,
      HttpMessageContext context,
      UsernamePasswordCredential credential) {
    CredentialValidationResult result = checkPassword(request, credential);
    if (result == null || result.getStatus() != CredentialValidationResult.Status.VALID) {
      return AuthenticationStatus.SEND_FAILURE;
    }
    String username = result.getCallerPrincipal().getName();
    int epoch = directory.byUsername(username).orElseThrow().getSessionEpoch();
    HttpSession session = request.getSession(true);
    request.changeSessionId(); // no session fixation
    session.setMaxInactiveInterval(org.treffpunkt.platform.Sessions.STAFF_MINUTES * 60);
    session.setAttribute(SessionUser.ATTRIBUTE, new SessionUser(username, epoch));
    return context.notifyContainerAboutLogin(result);
  }

  /** A form login of this session, as long as the account may still log in. */
  private Optional<AuthenticationStatus> resumeSession(
      HttpServletRequest request, HttpMessageContext context) {
    HttpSession session = request.getSession(false);
    if (session == null
        || !(session.getAttribute(SessionUser.ATTRIBUTE) instanceof SessionUser user)) {
      return Optional.empty();
    }
    Optional<Caller.Facts> facts = directory.sessionFacts(user.username(), user.epoch());
    if (facts.isEmpty()) {
      session.invalidate();
      return Optional.empty();
    }
    Caller.authenticated(request, user.username(), facts.get());
    return Optional.of(
        context.notifyContainerAboutLogin(() -> user.username(), facts.get().groups()));
  }

  static boolean isApi(HttpServletRequest request) {
    return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
  }

  private static String continueTarget(HttpServletRequest request) {
    String target = request.getRequestURI().substring(request.getContextPath().length());
    if (request.getQueryString() != null) {
      target += "?" + request.getQueryString();
    }
    return URLEncoder.encode(target, StandardCharsets.UTF_8);
  }

  @Override
  public void cleanSubject(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
  }
}
