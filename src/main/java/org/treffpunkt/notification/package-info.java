/**
 * Mails to residents who gave an address: confirmation, waiting-list promotion, cancellation, a
 * reminder, and the change notices (moved, changed, cancelled, organisers' messages) with the
 * updated calendar entry, in the registrant's language. Driven by registration's events after the
 * transaction succeeded (they name whom to write to). Without SMTP configuration nothing is sent
 * (and nothing fails); change notices then count as not reached by mail, so staff find them on the
 * list to phone.
 */
package org.treffpunkt.notification;
