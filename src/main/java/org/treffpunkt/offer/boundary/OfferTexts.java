package org.treffpunkt.offer.boundary;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import org.treffpunkt.offer.control.OfferView;
import org.treffpunkt.platform.i18n.Language;

/** How the pages write an offer's hours and place, in a language. */
final class OfferTexts {

  private OfferTexts() {}

  /** "Dienstag 09:00–12:00": the day's name in {@code language}, times as stored. */
  static String hours(OfferView.Hours hours, Language language) {
    return DayOfWeek.valueOf(hours.day()).getDisplayName(TextStyle.FULL, language.locale())
        + " "
        + hours.from()
        + "\u2013"
        + hours.to();
  }

  /** A map of the address (OpenStreetMap search), or null without an address. */
  static String mapUrl(OfferView offer) {
    return offer.address() == null
        ? null
        : "https://www.openstreetmap.org/search?query="
            + URLEncoder.encode(offer.address(), StandardCharsets.UTF_8);
  }
}
