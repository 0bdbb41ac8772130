package org.treffpunkt.offer.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.treffpunkt.offer.control.HelpOffers;
import org.treffpunkt.offer.control.OfferView;
import org.treffpunkt.platform.ErrorPage;
import org.treffpunkt.platform.ProblemException;
import org.treffpunkt.platform.i18n.CurrentLanguage;

/** The public page of one help offer ({@code /offer.xhtml?id=}), where referral cards lead. */
@Named("offerPage")
@RequestScoped
public class OfferPage {

  @Inject HelpOffers offers;
  @Inject CurrentLanguage language;
  @Inject FacesContext faces;

  private Long id;
  private OfferView offer;

  public void load() throws IOException {
    try {
      offer = id == null ? null : offers.find(id, language.get());
    } catch (ProblemException notVisible) {
      offer = null;
    }
    if (offer == null) {
      ErrorPage.notFound(faces);
    }
  }

  public OfferView getOffer() {
    return offer;
  }

  public String hours(OfferView.Hours hours) {
    return OfferTexts.hours(hours, language.get());
  }

  public String getMapUrl() {
    return offer == null ? null : OfferTexts.mapUrl(offer);
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }
}
