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
import java.util.Set;
import org.treffpunkt.security.control.DatabaseIdentityStore;
import org.treffpunkt.security.control.UserDirectory;

/**
 * One mechanism for the whole application: the login form ({@code SecurityContext.authenticate} from the login
 * page) keeps the user in the session; HTTP Basic authenticates a single API request without creating a session.
 * Protected pages send anonymous visitors to the login form; the API answers 401 problem+json instead.
 */
@ApplicationScoped
public class TreffpunktAuthentication implements HttpAuthenticationMechanism {

  public static final String LOGIN_PAGE = "/login.xhtml";

  @Inject DatabaseIdentityStore identityStore;
  @Inject UserDirectory directory;
  @Inject UnauthorizedResponse unauthorized;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    Credential submitted = context.getAuthParameters().getCredential();
    if (submitted instanceof UsernamePasswordCredential credential) {
      return logInWithForm(request, context, credential);
    }
    String authorization = request.getHeader("Authorization");
    if (BasicCredentials.present(authorization)) {
      return BasicCredentials.parse(authorization)
          .map(identityStore::validate)
          .filter(r -> r.getStatus() == CredentialValidationResult.Status.VALID)
          .map(context::notifyContainerAboutLogin)
          .orElseGet(() -> unauthorized.send(request, response, context));
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
    return context.redirect(request.getContextPath() + LOGIN_PAGE + "?continue=" + continueTarget(request));
  }

  private AuthenticationStatus logInWithForm(
      HttpServletRequest request, HttpMessageContext context, UsernamePasswordCredential credential) {
    CredentialValidationResult result = identityStore.validate(credential);
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      return AuthenticationStatus.SEND_FAILURE;
    }
    HttpSession session = request.getSession(true);
    request.changeSessionId(); // no session fixation
    session.setAttribute(SessionUser.ATTRIBUTE, new SessionUser(result.getCallerPrincipal().getName()));
    return context.notifyContainerAboutLogin(result);
  }

  /** A form login of this session, as long as the account may still log in. */
  private Optional<AuthenticationStatus> resumeSession(HttpServletRequest request, HttpMessageContext context) {
    HttpSession session = request.getSession(false);
    if (session == null || !(session.getAttribute(SessionUser.ATTRIBUTE) instanceof SessionUser user)) {
      return Optional.empty();
    }
    Optional<Set<String>> groups = directory.currentGroups(user.username());
    if (groups.isEmpty()) {
      session.invalidate();
      return Optional.empty();
    }
    return Optional.of(context.notifyContainerAboutLogin(() -> user.username(), groups.get()));
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
  public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
  }

}
