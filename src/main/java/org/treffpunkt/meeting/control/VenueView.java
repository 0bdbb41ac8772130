package org.treffpunkt.meeting.control;

import org.treffpunkt.meeting.entity.GeoPosition;
import org.treffpunkt.meeting.entity.Venue;

/** A venue as the API shows it. */
public record VenueView(
    long id,
    String name,
    String address,
    long districtId,
    Double latitude,
    Double longitude,
    boolean stepFree,
    boolean accessibleToilet,
    boolean hearingLoop) {

  public static VenueView of(Venue venue) {
    GeoPosition position = venue.position();
    Venue.Accessibility access = venue.accessibility();
    return new VenueView(
        venue.getId(),
        venue.getName(),
        venue.getAddress(),
        venue.getDistrict().getId(),
        position == null ? null : position.latitude(),
        position == null ? null : position.longitude(),
        access.stepFree(),
        access.accessibleToilet(),
        access.hearingLoop());
  }
}
