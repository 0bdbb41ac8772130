package org.treffpunkt.meeting.control;

/**
 * Fired inside the transaction that changed a meeting's plan (its row is locked), e.g. so more
 * places can be given.
 */
public record MeetingReplanned(long meetingId) {}
