package org.treffpunkt.offer.control;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * When a published offer is open, for its calendar feed: weekly hours from {@code firstDay} on,
 * closed on {@code closed}; texts in one language.
 */
public record OfferTimes(
    long offerId,
    String title,
    String description,
    String address,
    String page,
    LocalDate firstDay,
    List<Opening> hours,
    List<LocalDate> closed,
    Instant lastModified) {

  public record Opening(DayOfWeek day, LocalTime from, LocalTime to) {}
}
