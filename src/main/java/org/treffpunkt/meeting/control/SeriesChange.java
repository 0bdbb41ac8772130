package org.treffpunkt.meeting.control;

import java.time.LocalTime;
import java.util.Map;
import java.util.Set;
import org.treffpunkt.meeting.entity.Contact;
import org.treffpunkt.meeting.entity.MeetingPlan;
import org.treffpunkt.meeting.entity.MeetingText;
import org.treffpunkt.meeting.entity.Schedule;
import org.treffpunkt.meeting.entity.Venue;

/**
 * What changes for the dates of a series from some date on; null fields stay as they are. {@code
 * onlineUrl} "" removes the link; {@code venueCleared} removes the venue.
 */
public record SeriesChange(
    LocalTime startTime,
    Integer durationMinutes,
    Venue venue,
    boolean venueCleared,
    String onlineUrl,
    Integer capacity,
    Map<String, MeetingText> texts,
    Set<String> languages,
    Boolean interpretation,
    Boolean childcare,
    Contact contact,
    Set<Long> partnerIds,
    Boolean published) {

  /** {@code current} with this change, for a meeting on its (original) date. */
  MeetingPlan applyTo(MeetingPlan current) {
    Schedule schedule = current.schedule();
    if (startTime != null || durationMinutes != null) {
      LocalTime start = startTime != null ? startTime : schedule.localStart().toLocalTime();
      int duration =
          durationMinutes != null
              ? durationMinutes
              : (int) java.time.Duration.between(schedule.start(), schedule.end()).toMinutes();
      schedule = Schedule.onDate(schedule.localDate(), start, duration);
    }
    return new MeetingPlan(
        current.format(),
        current.district(),
        venueCleared ? null : venue != null ? venue : current.venue(),
        onlineUrl == null ? current.onlineUrl() : onlineUrl.isBlank() ? null : onlineUrl,
        schedule,
        capacity != null ? capacity : current.capacity(),
        current.registrationRequired(),
        current.registrationOpens(),
        current.registrationCloses(),
        texts != null ? texts : current.texts(),
        languages != null ? languages : current.languages(),
        interpretation != null ? interpretation : current.interpretation(),
        childcare != null ? childcare : current.childcare(),
        contact != null ? contact : current.contact(),
        partnerIds != null ? partnerIds : current.partnerIds(),
        published != null ? published : current.published(),
        current.slots());
  }
}
