package org.treffpunkt.offer.control;

import java.util.List;

/**
 * An offer as the API and pages show it, texts in one language (German where a translation is
 * missing).
 */
public record OfferView(
    long id,
    PartnerRef partner,
    String title,
    String description,
    List<String> topics,
    List<String> languages,
    List<DistrictRef> districts,
    String address,
    String accessibility,
    List<Hours> openingHours,
    List<ClosedDay> closures,
    String contact,
    String url,
    boolean published,
    String page) {

  public record PartnerRef(long id, String name) {}

  public record DistrictRef(long id, String slug, String name) {}

  /** {@code day} is {@code MONDAY} … {@code SUNDAY}; times are local times in Berlin. */
  public record Hours(String day, String from, String to) {}

  public record ClosedDay(String date, String note) {}
}
