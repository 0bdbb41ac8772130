package org.treffpunkt.meeting.entity;

/**
 * Draft meetings are seen by staff only; published ones by everyone; cancelled ones stay visible as
 * cancelled.
 */
public enum MeetingStatus {
  DRAFT,
  PUBLISHED,
  CANCELLED
}
