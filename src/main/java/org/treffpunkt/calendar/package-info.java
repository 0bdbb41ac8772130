/**
 * iCalendar (RFC 5545) for subscribers: the public feed with filters, one meeting or series, a registrant's own date.
 * {@link org.treffpunkt.calendar.control.CalendarWriter} is the only class that imports iCal4j.
 */
package org.treffpunkt.calendar;
