package org.treffpunkt.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;

/**
 * Time comes from one injected clock so that tests and rules never read the system time themselves.
 */
@ApplicationScoped
public class ClockProducer {

  /** Local times are shown and exported in Berlin; instants are stored in UTC. */
  public static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  @Produces
  @ApplicationScoped
  Clock clock() {
    return Clock.systemUTC();
  }
}
