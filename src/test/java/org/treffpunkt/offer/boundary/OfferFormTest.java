package org.treffpunkt.offer.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.treffpunkt.offer.control.OfferRequest;

class OfferFormTest {

  @Test
  void theFormMakesTheRequestOfItsFilledDaysAndLines() {
    OfferForm form = new OfferForm();
    form.getTitles().put("de", "Beratung");
    form.getTitles().put("ar", " ");
    form.getOpens().put("THURSDAY", "14:00");
    form.getCloses().put("THURSDAY", "16:00");
    form.getOpens().put("MONDAY", "09:00");
    form.getCloses().put("MONDAY", "12:00");
    form.setLanguages("de, ar fa");
    form.setDistrictIds(List.of("5", "7"));
    form.setClosures("2027-12-24 Heiligabend\n\n2027-12-31");

    OfferRequest request = form.request();

    assertEquals(java.util.Map.of("de", "Beratung"), request.title());
    assertEquals(List.of("de", "ar", "fa"), request.languages());
    assertEquals(List.of(5L, 7L), request.districtIds());
    assertEquals(
        List.of(
            new OfferRequest.HoursRequest("MONDAY", "09:00", "12:00"),
            new OfferRequest.HoursRequest("THURSDAY", "14:00", "16:00")),
        request.openingHours());
    assertEquals(
        List.of(
            new OfferRequest.ClosureRequest("2027-12-24", "Heiligabend"),
            new OfferRequest.ClosureRequest("2027-12-31", null)),
        request.closures());
  }

  @Test
  void aFieldOfTheRequestIsShownAtTheInputOfItsDay() {
    OfferForm form = new OfferForm();
    form.getOpens().put("FRIDAY", "12:00");
    form.getCloses().put("FRIDAY", "10:00");
    OfferRequest request = form.request();

    assertEquals("closes_FRIDAY", form.inputOf("openingHours.0.to", request));
    assertEquals("opens_FRIDAY", form.inputOf("openingHours.0", request));
    assertEquals("title_de", form.inputOf("title.de", request));
    assertEquals("districtIds", form.inputOf("districtIds.0", request));
    assertEquals("closures", form.inputOf("closures.1.date", request));
  }
}
