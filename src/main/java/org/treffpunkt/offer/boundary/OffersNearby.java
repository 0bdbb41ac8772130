package org.treffpunkt.offer.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.treffpunkt.offer.control.HelpOffers;
import org.treffpunkt.offer.control.OfferFilter;
import org.treffpunkt.offer.control.OfferView;
import org.treffpunkt.platform.i18n.CurrentLanguage;

/**
 * "Help nearby": the published offers serving a district, for the meeting pages of that district
 * and the referral choice at check-in (the meeting feature names the district, this bean the
 * offers; no Java dependency between the two).
 */
@Named("offersNearby")
@RequestScoped
public class OffersNearby {

  @Inject HelpOffers offers;
  @Inject CurrentLanguage language;

  private List<OfferView> found;
  private long districtOfFound;

  public List<OfferView> of(long districtId) {
    if (found == null || districtOfFound != districtId) {
      found = offers.published(new OfferFilter(districtId, null, null), language.get());
      districtOfFound = districtId;
    }
    return found;
  }

  public String hours(OfferView.Hours hours) {
    return OfferTexts.hours(hours, language.get());
  }
}
