package org.treffpunkt.offer.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import org.treffpunkt.meeting.control.MeetingView;
import org.treffpunkt.meeting.control.ReferenceViews;
import org.treffpunkt.offer.control.HelpOffers;
import org.treffpunkt.offer.control.OfferFilter;
import org.treffpunkt.offer.control.OfferView;
import org.treffpunkt.platform.AdviceTopic;
import org.treffpunkt.platform.ProblemException;
import org.treffpunkt.platform.i18n.CurrentLanguage;
import org.treffpunkt.platform.i18n.Language;

/**
 * The public page of help offers ({@code /offers.xhtml}): per district, filtered by language and
 * topic. An unknown filter value answers 400 with a note, as the API does.
 */
@Named("offerList")
@RequestScoped
public class OfferListPage {

  @Inject HelpOffers offers;
  @Inject ReferenceViews referenceViews;
  @Inject CurrentLanguage language;
  @Inject FacesContext faces;

  private String district;
  private String spoken;
  private String topic;
  private List<OfferView> found = List.of();
  private boolean unknownFilter;

  public void load() {
    try {
      found =
          offers.published(OfferFilter.of(district, spoken, topic, referenceViews), language.get());
    } catch (ProblemException unknown) {
      unknownFilter = true;
      faces.getExternalContext().setResponseStatus(400);
    }
  }

  public List<OfferView> getOffers() {
    return found;
  }

  public boolean isUnknownFilter() {
    return unknownFilter;
  }

  public List<MeetingView.DistrictRef> getDistricts() {
    return referenceViews.districts();
  }

  public List<Language> getLanguages() {
    return Arrays.asList(Language.values());
  }

  public List<AdviceTopic> getTopics() {
    return Arrays.asList(AdviceTopic.values());
  }

  public String hours(OfferView.Hours hours) {
    return OfferTexts.hours(hours, language.get());
  }

  /** The feed of the opening hours shown (the district's, or all). */
  public String getFeedUrl() {
    return faces.getExternalContext().getRequestContextPath()
        + "/calendar/offers.ics"
        + (district == null || district.isBlank() || unknownFilter ? "" : "?district=" + district);
  }

  public String getDistrict() {
    return district;
  }

  public void setDistrict(String district) {
    this.district = district;
  }

  public String getSpoken() {
    return spoken;
  }

  public void setSpoken(String spoken) {
    this.spoken = spoken;
  }

  public String getTopic() {
    return topic;
  }

  public void setTopic(String topic) {
    this.topic = topic;
  }
}
