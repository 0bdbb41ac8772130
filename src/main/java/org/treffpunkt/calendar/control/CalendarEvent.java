package org.treffpunkt.calendar.control;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * One VEVENT as the writer needs it, already in the requested language: a single meeting, the
 * master of a series (with its rule), or an override of one date of a series (with the date it
 * replaces).
 *
 * @param rule RRULE value (e.g. {@code FREQ=WEEKLY;UNTIL=20270427T160000Z}) of a series master,
 *     else null
 * @param recurrenceId the original start of the date an override replaces, else null
 * @param excluded dates of a series master that are not in this feed (EXDATE)
 */
public record CalendarEvent(
    String uid,
    ZonedDateTime start,
    ZonedDateTime end,
    String rule,
    ZonedDateTime recurrenceId,
    List<ZonedDateTime> excluded,
    int sequence,
    Instant lastModified,
    boolean cancelled,
    String summary,
    String description,
    String location,
    Double latitude,
    Double longitude,
    String url,
    List<String> categories) {}
