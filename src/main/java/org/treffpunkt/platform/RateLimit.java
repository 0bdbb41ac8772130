package org.treffpunkt.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * At most {@code TREFFPUNKT_REGISTRATION_RATE_LIMIT} anonymous submissions per budget (a client address, or a
 * client address and a purpose) and minute, in fixed one-minute windows. Counted per server: behind a load balancer
 * with N nodes a client gets at most N times the limit, which still stops scripted floods.
 */
@ApplicationScoped
public class RateLimit {

  private static final long WINDOW_MILLIS = 60_000;

  @Inject Settings settings;
  @Inject Clock clock;

  private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
  private volatile long window = -1;

  /** Counts an attempt against {@code budget}; a 429 problem with {@code Retry-After} when it is used up. */
  public void check(String budget) {
    long wait = secondsToWait(budget);
    if (wait > 0) {
      throw ProblemException.tooManyRequests(wait);
    }
  }

  /** Seconds to wait before trying again, or 0 if this attempt may go ahead (and is counted). */
  long secondsToWait(String clientAddress) {
    int limit = settings.registrationRateLimit();
    if (limit <= 0) {
      return 0;
    }
    long now = clock.millis();
    long current = now / WINDOW_MILLIS;
    if (current != window) {
      synchronized (this) {
        if (current != window) {
          counts.clear();
          window = current;
        }
      }
    }
    int attempts = counts.computeIfAbsent(clientAddress, a -> new AtomicInteger()).incrementAndGet();
    if (attempts <= limit) {
      return 0;
    }
    return Math.max(1, ((current + 1) * WINDOW_MILLIS - now + 999) / 1000);
  }
}
