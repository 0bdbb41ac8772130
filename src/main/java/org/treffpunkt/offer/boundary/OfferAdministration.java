package org.treffpunkt.offer.boundary;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import org.treffpunkt.meeting.control.MeetingView;
import org.treffpunkt.meeting.control.ReferenceViews;
import org.treffpunkt.offer.control.HelpOffers;
import org.treffpunkt.offer.control.OfferRequest;
import org.treffpunkt.offer.control.OfferView;
import org.treffpunkt.partner.control.PartnerDirectory;
import org.treffpunkt.platform.AdviceTopic;
import org.treffpunkt.platform.FormProblems;
import org.treffpunkt.platform.ProblemException;
import org.treffpunkt.platform.i18n.CurrentLanguage;
import org.treffpunkt.platform.i18n.Language;

/**
 * The back-office page of help offers ({@code /manage/offers.xhtml}): the offers the caller
 * maintains (a partner its own organisation's) and a form for a new one or the one chosen.
 */
@Named
@ViewScoped
public class OfferAdministration implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject HelpOffers offers;
  @Inject PartnerDirectory partners;
  @Inject ReferenceViews referenceViews;
  @Inject FacesContext faces;
  @Inject CurrentLanguage language;

  private Long editing;
  private OfferForm form = new OfferForm();

  public List<OfferView> getOffers() {
    return offers.managed(language.get());
  }

  public void edit(long id) {
    try {
      form = OfferForm.of(offers.asRequest(id));
      editing = id;
    } catch (ProblemException problem) {
      FormProblems.show(faces, problem, language.get(), "offer");
    }
  }

  public void startNew() {
    form = new OfferForm();
    editing = null;
  }

  public void save() {
    OfferRequest request = form.request();
    try {
      if (editing == null) {
        editing = offers.create(request, language.get()).id();
      } else {
        offers.update(editing, request, language.get());
      }
    } catch (ProblemException problem) {
      FormProblems.show(
          faces, problem, language.get(), field -> "offer:" + form.inputOf(field, request));
      return;
    }
    faces.addMessage(null, new FacesMessage(language.message("manage.saved")));
  }

  public void delete(long id) {
    try {
      offers.delete(id);
    } catch (ProblemException problem) {
      FormProblems.show(faces, problem, language.get(), "offers");
      return;
    }
    if (Long.valueOf(id).equals(editing)) {
      startNew();
    }
    faces.addMessage(null, new FacesMessage(language.message("manage.saved")));
  }

  /** Organisers choose the partner organisation; a partner's offers are its own. */
  public boolean isChoosesOwner() {
    return offers.choosesOwner();
  }

  public List<PartnerDirectory.PartnerView> getPartners() {
    return partners.all();
  }

  public List<MeetingView.DistrictRef> getDistricts() {
    return referenceViews.districts();
  }

  public List<AdviceTopic> getTopics() {
    return Arrays.asList(AdviceTopic.values());
  }

  public List<Language> getLanguages() {
    return Arrays.asList(Language.values());
  }

  /** The name of a weekday ({@code MONDAY}) in the page's language. */
  public String dayName(String day) {
    return DayOfWeek.valueOf(day).getDisplayName(TextStyle.FULL, language.get().locale());
  }

  public String hours(OfferView.Hours hours) {
    return OfferTexts.hours(hours, language.get());
  }

  public Long getEditing() {
    return editing;
  }

  public OfferForm getForm() {
    return form;
  }
}
