/**
 * Residents' registrations: the public form and API, places that are never overbooked, the
 * first-in-first-out waiting list (skipping groups that do not fit, {@code entity.WaitingList}),
 * short codes and secret self-service links for people without e-mail, registrations made on a
 * resident's behalf by staff, and change notices (a meeting moved, changed or cancelled,
 * organisers' messages) with whom they reached, by mail or by a phone call staff record.
 *
 * <p>What other features may use (all in {@code control}): {@code RegistrationViews}/{@code
 * RegistrationView} and {@code Registrations} (lists, check-in), {@code RegistrationFigures}
 * (anonymous counts for reports and language mediation), {@code RegistrationDesk}'s jobs ({@code
 * dueForReminder}, {@code claimReminder}, {@code anonymiseBefore}), {@code Notices}' mail claims,
 * and the events {@code RegistrationChanged} and {@code NoticesIssued} with whom they concern. The
 * entities stay inside.
 */
package org.treffpunkt.registration;
