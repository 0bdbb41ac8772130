package org.treffpunkt.registration.control;

/**
 * Fired inside the transaction that changed a registration; observers that talk to the outside world (mail) use
 * {@code @Observes(during = AFTER_SUCCESS)} so that nothing is sent for a change that was rolled back.
 */
public record RegistrationChanged(long registrationId, Kind kind) {

  public enum Kind {
    REGISTERED,
    PROMOTED,
    CANCELLED
  }
}
