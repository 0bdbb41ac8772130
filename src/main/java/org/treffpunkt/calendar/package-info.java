/**
 * iCalendar (RFC 5545) for subscribers: the public feed with filters, one meeting or series, a
 * registrant's own date, and private feeds behind revocable tokens (the one entity this feature
 * owns, {@code FeedToken}).
 *
 * <p>Meetings come only as the meeting feature publishes them ({@code
 * meeting.control.MeetingListings}: a {@code MeetingView} per meeting, a {@code SeriesDates} per
 * series with its rule and dates); a registration token leads to its meeting through {@code
 * registration.control.RegistrationViews}. What is iCalendar-specific stays here: the RRULE,
 * overrides and EXDATEs ({@link org.treffpunkt.calendar.control.Feeds}), and {@link
 * org.treffpunkt.calendar.control.CalendarWriter}, the only class that imports iCal4j.
 */
package org.treffpunkt.calendar;
