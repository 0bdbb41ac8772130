package org.treffpunkt.registration.control;

/**
 * Fired inside the transaction that changed a registration, with what observers need to know about
 * whom (so they need not read it again); observers that talk to the outside world (mail) use
 * {@code @Observes(during = AFTER_SUCCESS)} so that nothing is sent for a change that was rolled
 * back.
 */
public record RegistrationChanged(Kind kind, Registrant registrant, String token) {

  /** The registrant as a mail addresses them: no needs, no remark. */
  public record Registrant(
      long registrationId,
      long meetingId,
      String code,
      String name,
      String email,
      String locale,
      boolean confirmed,
      int waitlistPosition,
      java.time.Instant slot) {}

  /** A change after which the token is no longer known (it is stored only as a hash). */
  public RegistrationChanged(Kind kind, Registrant registrant) {
    this(kind, registrant, null);
  }

  @Override
  public String toString() {
    return "RegistrationChanged["
        + registrant.registrationId()
        + ", "
        + kind
        + "]"; // never the token nor a name
  }

  public enum Kind {
    REGISTERED,
    PROMOTED,
    CANCELLED
  }
}
