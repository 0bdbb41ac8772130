package org.treffpunkt.meeting.entity;

/** A WGS 84 position, as used by maps and by iCalendar's GEO. */
public record GeoPosition(double latitude, double longitude) {

  public GeoPosition {
    if (latitude < -90 || latitude > 90 || longitude < -180 || longitude > 180) {
      throw new IllegalArgumentException("not a position on earth");
    }
  }
}
