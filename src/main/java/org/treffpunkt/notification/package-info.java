/**
 * Mails to residents who gave an address: confirmation, waiting-list promotion, cancellation and a reminder, in the
 * registrant's language. Driven by registration's events after the transaction succeeded (the event names whom to
 * write to; the meeting is read once, in their language); nothing is sent (and nothing fails) without SMTP
 * configuration.
 */
package org.treffpunkt.notification;
