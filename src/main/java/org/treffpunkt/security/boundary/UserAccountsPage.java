package org.treffpunkt.security.boundary;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.treffpunkt.platform.FormProblems;
import org.treffpunkt.platform.ProblemException;
import org.treffpunkt.platform.i18n.CurrentLanguage;
import org.treffpunkt.security.control.UserAdministration;
import org.treffpunkt.security.control.UserRequests;
import org.treffpunkt.security.entity.UserAccount;

/**
 * Admins create organiser and partner accounts, set passwords and deactivate accounts (same rules
 * as the API).
 */
@Named
@ViewScoped
public class UserAccountsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject UserAdministration administration;
  @Inject FacesContext faces;
  @Inject CurrentLanguage language;

  private String username;
  private String displayName;
  private String password;
  private String role = "organiser";
  private Long partnerId;
  private String newPassword;

  public List<UserAccount> getAccounts() {
    return administration.all();
  }

  public void create() {
    UserRequests.Create request =
        new UserRequests.Create(username, displayName, password, List.of(role), partnerId);
    run(
        () -> {
          administration.create(request);
          username = null;
          displayName = null;
          partnerId = null;
        },
        "user");
    password = null;
  }

  public void toggleActive(UserAccount account) {
    run(
        () ->
            administration.update(
                account.getId(),
                new UserRequests.Update(null, null, null, !account.isActive(), null)),
        "users");
  }

  public void resetPassword(UserAccount account) {
    UserRequests.Update update = new UserRequests.Update(null, newPassword, null, null, null);
    run(
        () ->
            SessionUser.renewIfSelf(
                (jakarta.servlet.http.HttpServletRequest) faces.getExternalContext().getRequest(),
                administration.update(account.getId(), update)),
        "users");
    newPassword = null;
  }

  private void run(Runnable action, String form) {
    try {
      action.run();
      faces.addMessage(null, new FacesMessage(language.message("manage.saved")));
    } catch (ProblemException problem) {
      FormProblems.show(faces, problem, language.get(), form);
    }
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getRole() {
    return role;
  }

  public void setRole(String role) {
    this.role = role;
  }

  public Long getPartnerId() {
    return partnerId;
  }

  public void setPartnerId(Long partnerId) {
    this.partnerId = partnerId;
  }

  public String getNewPassword() {
    return newPassword;
  }

  public void setNewPassword(String newPassword) {
    this.newPassword = newPassword;
  }
}
