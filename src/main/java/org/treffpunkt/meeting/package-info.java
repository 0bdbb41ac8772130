/**
 * Meetings and the reference data they are planned with: districts of the city, formats (exchange format,
 * neighbourhood meeting, dialogue round, on-site advice hours) and venues.
 */
package org.treffpunkt.meeting;
