package org.treffpunkt.security.boundary;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.treffpunkt.platform.i18n.CurrentLanguage;

/** The login form of the back office, and logging out. */
@Named("login")
@RequestScoped
public class LoginBacking {

  @Inject SecurityContext securityContext;
  @Inject FacesContext faces;
  @Inject ExternalContext external;
  @Inject CurrentLanguage language;

  private String username;
  private String password;
  private String continueTo;

  public void submit() throws IOException {
    AuthenticationStatus status =
        securityContext.authenticate(
            (HttpServletRequest) external.getRequest(),
            (HttpServletResponse) external.getResponse(),
            withParams()
                .credential(new UsernamePasswordCredential(username, new Password(password)))
                .newAuthentication(true));
    password = null;
    switch (status) {
      case SEND_CONTINUE -> faces.responseComplete();
      case SUCCESS -> external.redirect(external.getRequestContextPath() + safeTarget(continueTo));
      default -> {
        Object throttled = external.getRequestMap().get(TreffpunktAuthentication.THROTTLED);
        String text =
            throttled instanceof Long seconds
                ? language.message("login.throttled", (seconds + 59) / 60)
                : language.message("login.failed");
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
      }
    }
  }

  public void logout() throws IOException, ServletException {
    ((HttpServletRequest) external.getRequest()).logout();
    external.invalidateSession();
    external.redirect(external.getRequestContextPath() + "/");
  }

  /** Only paths of this application: never another host (no open redirect). */
  static String safeTarget(String target) {
    if (target == null
        || !target.startsWith("/")
        || target.startsWith("//")
        || target.contains("\\")
        || target.startsWith(TreffpunktAuthentication.LOGIN_PAGE)) {
      return "/manage/";
    }
    return target;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getContinueTo() {
    return continueTo;
  }

  public void setContinueTo(String continueTo) {
    this.continueTo = continueTo;
  }
}
