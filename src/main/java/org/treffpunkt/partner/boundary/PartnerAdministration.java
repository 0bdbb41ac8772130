package org.treffpunkt.partner.boundary;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.treffpunkt.partner.control.PartnerDirectory;
import org.treffpunkt.platform.FormProblems;
import org.treffpunkt.platform.ProblemException;
import org.treffpunkt.platform.access.Authorization;
import org.treffpunkt.platform.access.Permission;
import org.treffpunkt.platform.i18n.CurrentLanguage;

/** The back-office page of partner organisations: the list and a form for a new one. */
@Named
@ViewScoped
public class PartnerAdministration implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject PartnerDirectory partners;
  @Inject Authorization authorization;
  @Inject FacesContext faces;
  @Inject CurrentLanguage language;

  private String name;
  private String contact;

  public List<PartnerDirectory.PartnerView> getPartners() {
    return partners.list();
  }

  /** Whether the form for a new organisation is offered (partners read the list only). */
  public boolean isMayAdd() {
    return authorization.may(Permission.MANAGE_PARTNERS);
  }

  public void create() {
    try {
      partners.create(new PartnerDirectory.PartnerRequest(name, contact));
    } catch (ProblemException problem) {
      FormProblems.show(faces, problem, language.get(), "partner");
      return;
    }
    faces.addMessage(null, new FacesMessage(language.message("manage.saved")));
    name = null;
    contact = null;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getContact() {
    return contact;
  }

  public void setContact(String contact) {
    this.contact = contact;
  }
}
