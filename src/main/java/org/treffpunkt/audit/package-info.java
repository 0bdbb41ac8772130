/**
 * Who looked at or exported residents' personal data (registration lists, check-in lists, CSV and
 * PDF exports), and when: recorded for every such access, shown to admins only. The log itself
 * holds staff names, never residents'.
 *
 * <p>{@code control.AuditLog} is what other features call, one method per kind of access, before
 * the data leaves; {@code boundary}: {@code /api/audit} and the admins' page; {@code entity}: one
 * entry.
 */
package org.treffpunkt.audit;
