package org.treffpunkt.partner;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.treffpunkt.platform.InputValidation;
import org.treffpunkt.platform.FormProblems;
import org.treffpunkt.platform.ProblemException;
import org.treffpunkt.platform.i18n.CurrentLanguage;

/** The back-office page of partner organisations: the list and a form for a new one. */
@Named
@ViewScoped
public class PartnerAdministration implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient PartnerDirectory partners;
  @Inject transient InputValidation validation;
  @Inject transient FacesContext faces;
  @Inject transient CurrentLanguage language;

  private String name;
  private String contact;

  public List<PartnerOrganisation> getPartners() {
    return partners.all();
  }

  public void create() {
    try {
      validation.check(new PartnerResource.PartnerRequest(name, contact));
      partners.create(name.strip(), contact == null || contact.isBlank() ? null : contact.strip());
    } catch (ProblemException problem) {
      FormProblems.show(faces, problem, language.get(), field -> "partner:" + field);
      return;
    }
    faces.addMessage(null, new FacesMessage(language.message("manage.saved")));
    name = null;
    contact = null;
  }

  public String getName() { return name; }
  public void setName(String name) { this.name = name; }
  public String getContact() { return contact; }
  public void setContact(String contact) { this.contact = contact; }
}
