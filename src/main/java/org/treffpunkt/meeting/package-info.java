/**
 * Meetings and the reference data they are planned with: districts of the city, formats (exchange
 * format, neighbourhood meeting, dialogue round, on-site advice hours) and venues.
 *
 * <p>What other features may use (all in {@code control}): {@code MeetingViews} and {@code
 * MeetingView} (a meeting in one language), {@code MeetingCatalogue}'s record and id methods
 * ({@code reportedIn}, {@code endedBefore}, {@code publishedStartingBetween}, {@code
 * checkVisible}), {@code Places} (a meeting's places under its row lock, for registration), {@code
 * ReferenceData} and the event {@code MeetingReplanned}. The entities stay inside.
 */
package org.treffpunkt.meeting;
