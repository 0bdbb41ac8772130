/**
 * Anonymous feedback after a meeting: one question ("Did this meeting help you?") and optional free
 * text, in the seven languages, reached from the self-service link and from the short link and QR
 * code on the sign-in sheet. Stored per meeting, never linked to a registration or a person; free
 * text is removed with the retention period.
 *
 * <p>{@code boundary}: the form at {@code /f/{meetingId}} and {@code /api/meetings/{id}/feedback};
 * {@code control}: {@code FeedbackBox} (taking, counting, removing texts; the check-in page and the
 * anonymisation use it) and {@code FeedbackFigures} for the reports; {@code entity}: one answer.
 * Whether a meeting takes feedback is read from the meeting feature's records.
 */
package org.treffpunkt.feedback;
