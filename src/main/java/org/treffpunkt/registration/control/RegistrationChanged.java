package org.treffpunkt.registration.control;

/**
 * Fired inside the transaction that changed a registration; observers that talk to the outside world (mail) use
 * {@code @Observes(during = AFTER_SUCCESS)} so that nothing is sent for a change that was rolled back.
 */
public record RegistrationChanged(long registrationId, Kind kind, String token) {

  /** A change after which the token is no longer known (it is stored only as a hash). */
  public RegistrationChanged(long registrationId, Kind kind) {
    this(registrationId, kind, null);
  }

  @Override
  public String toString() {
    return "RegistrationChanged[" + registrationId + ", " + kind + "]"; // never the token
  }

  public enum Kind {
    REGISTERED,
    PROMOTED,
    CANCELLED
  }
}
