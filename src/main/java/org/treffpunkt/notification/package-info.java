/**
 * Mails to residents who gave an address: confirmation, waiting-list promotion, cancellation and a reminder, in the
 * registrant's language. Driven by CDI events after the transaction succeeded; nothing is sent (and nothing fails)
 * without SMTP configuration.
 */
package org.treffpunkt.notification;
