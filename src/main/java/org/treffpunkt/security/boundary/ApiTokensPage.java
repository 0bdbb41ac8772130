package org.treffpunkt.security.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.treffpunkt.platform.FormProblems;
import org.treffpunkt.platform.ProblemException;
import org.treffpunkt.platform.i18n.CurrentLanguage;
import org.treffpunkt.security.control.ApiTokens;

/**
 * The back-office page of one's API tokens (admins: everyone's): create (shown once), list, revoke.
 */
@Named
@ViewScoped
public class ApiTokensPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ApiTokens tokens;
  @Inject FacesContext faces;
  @Inject CurrentLanguage language;

  private String name;
  private String expiresAt;
  private String issued;
  private transient List<ApiTokens.Listed> listed;

  public List<ApiTokens.Listed> getTokens() {
    if (listed == null) {
      listed = tokens.list();
    }
    return listed;
  }

  public void create() {
    try {
      issued = tokens.issue(new ApiTokens.TokenRequest(name, expiresAt)).secret();
      name = null;
      expiresAt = null;
      listed = null;
    } catch (ProblemException problem) {
      FormProblems.show(faces, problem, language.get(), "token");
    }
  }

  public void revoke(long id) {
    try {
      tokens.revoke(id);
      listed = null;
    } catch (ProblemException problem) {
      FormProblems.show(faces, problem, language.get(), field -> null);
    }
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getExpiresAt() {
    return expiresAt;
  }

  public void setExpiresAt(String expiresAt) {
    this.expiresAt = expiresAt;
  }

  public String getIssued() {
    return issued;
  }
}
