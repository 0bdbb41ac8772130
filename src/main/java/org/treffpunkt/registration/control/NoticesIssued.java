package org.treffpunkt.registration.control;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * Fired inside the transaction that made notices, with the registrations to be told by mail (each
 * one's delivery is {@code PENDING}); the mail is sent after the commit, once per delivery ({@link
 * Notices#claimMail}). A series edit gives one event for all its dates, so a resident holding
 * several of them gets one mail.
 */
public record NoticesIssued(List<Delivery> deliveries) {

  public NoticesIssued {
    deliveries = List.copyOf(deliveries);
  }

  /**
   * One registration and what to tell it: the kind, when, the values before and after (null for a
   * message) and the texts by language (a message, or a cancellation's reason in German).
   */
  public record Delivery(
      long deliveryId,
      RegistrationChanged.Registrant registrant,
      String kind,
      OffsetDateTime at,
      NoticeView.Values before,
      NoticeView.Values after,
      Map<String, String> texts) {

    @Override
    public String toString() {
      return "Delivery[" + deliveryId + ", " + kind + "]"; // never a name nor an address
    }
  }

  @Override
  public String toString() {
    return "NoticesIssued" + deliveries;
  }
}
