package org.treffpunkt.offer.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.treffpunkt.offer.control.HelpOffers;
import org.treffpunkt.offer.control.OfferView;
import org.treffpunkt.offer.control.Referrals;
import org.treffpunkt.platform.ErrorPage;
import org.treffpunkt.platform.ProblemException;
import org.treffpunkt.platform.QrCode;
import org.treffpunkt.platform.i18n.Language;
import org.treffpunkt.platform.i18n.Messages;

/**
 * The referral card staff print or show a resident at check-in ({@code
 * /manage/referral.xhtml?offer=&meeting=&language=}): the offer's name, address, hours, a map link
 * and a QR code to its public page, in the resident's language ({@code language}; the staff
 * member's own page language, {@code lang}, stays as it is). Opening it counts one referral to the
 * offer in the meeting's district — nothing about the person.
 */
@Named("referralCard")
@RequestScoped
public class ReferralCard {

  @Inject HelpOffers offers;
  @Inject Referrals referrals;
  @Inject FacesContext faces;

  private Long offerId;
  private Long meetingId;
  private String residentLanguage;
  private Language resident = Language.DEFAULT;
  private OfferView offer;

  public void load() throws IOException {
    resident = Language.of(residentLanguage).orElse(Language.DEFAULT);
    try {
      if (offerId != null && meetingId != null) {
        offer = offers.find(offerId, resident);
        referrals.record(offerId, new Referrals.Place(meetingId, null));
      }
    } catch (ProblemException unknown) {
      offer = null;
    }
    if (offer == null) {
      ErrorPage.notFound(faces);
    }
  }

  /** A label of the card in the resident's language. */
  public String say(String key) {
    return Messages.get(resident, key);
  }

  /** The labels of the card in the resident's language, for {@code #{referralCard.labels['…']}}. */
  public java.util.ResourceBundle getLabels() {
    return Messages.bundle(resident);
  }

  public Language getResident() {
    return resident;
  }

  public OfferView getOffer() {
    return offer;
  }

  public String hours(OfferView.Hours hours) {
    return OfferTexts.hours(hours, resident);
  }

  public String getMapUrl() {
    return offer == null ? null : OfferTexts.mapUrl(offer);
  }

  /** The offer's public page in the resident's language. */
  public String getPageUrl() {
    return offer.page() + "&lang=" + resident.code();
  }

  public String getQrCode() {
    return QrCode.svg(getPageUrl(), say("offer.card.qrLabel"));
  }

  public Long getOfferId() {
    return offerId;
  }

  public void setOfferId(Long offerId) {
    this.offerId = offerId;
  }

  public Long getMeetingId() {
    return meetingId;
  }

  public void setMeetingId(Long meetingId) {
    this.meetingId = meetingId;
  }

  public String getResidentLanguage() {
    return residentLanguage;
  }

  public void setResidentLanguage(String residentLanguage) {
    this.residentLanguage = residentLanguage;
  }
}
