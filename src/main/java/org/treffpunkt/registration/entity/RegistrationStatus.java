package org.treffpunkt.registration.entity;

/** Where a registration stands. */
public enum RegistrationStatus {
  CONFIRMED,
  WAITLISTED,
  CANCELLED
}
