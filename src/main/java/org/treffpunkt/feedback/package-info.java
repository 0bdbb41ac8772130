/**
 * Anonymous feedback after a meeting: one question ("Did this meeting help you?") and optional free text, in the
 * seven languages, reached from the self-service link and from the short link and QR code on the sign-in sheet.
 * Stored per meeting, never linked to a registration or a person; free text is removed with the retention period.
 */
package org.treffpunkt.feedback;
