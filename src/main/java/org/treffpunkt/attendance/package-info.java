/**
 * On the day of a meeting: checking registered residents in (and undoing a mistaken check-in), counting walk-ins by
 * language without names, and the participant lists organisers take along: a CSV for German Excel and a printable
 * PDF sign-in sheet. Every list that shows names is recorded in the audit log.
 */
package org.treffpunkt.attendance;
