/**
 * On the day of a meeting: checking registered residents in (and undoing a mistaken check-in),
 * counting walk-ins by language without names, and the participant lists organisers take along: a
 * CSV for German Excel and a printable PDF sign-in sheet. Every list that shows names is recorded
 * in the audit log.
 *
 * <p>{@code boundary}: the API below {@code /api/meetings/{id}/…} and the check-in page; {@code
 * control}: the use cases ({@code Attendance}, behind the permissions), the lists and the PDF, and
 * {@code WalkInFigures}, which the reports read; {@code entity}: the walk-in. Registrations and
 * meetings are read and checked in through the registration and meeting features' control services,
 * as records.
 */
package org.treffpunkt.attendance;
