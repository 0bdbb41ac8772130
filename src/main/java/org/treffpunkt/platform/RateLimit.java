package org.treffpunkt.platform;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * At most {@code TREFFPUNKT_REGISTRATION_RATE_LIMIT} anonymous submissions per budget (a client
 * address, or a client address and a purpose) within any minute: a sliding window, so no burst of
 * twice the limit across a minute's turn. Memory is bounded (at most {@link #MAX_BUDGETS} budgets,
 * each kept a minute after its last use). Counted per server: behind a load balancer with N nodes a
 * client gets at most N times the limit, which still stops scripted floods.
 */
@ApplicationScoped
public class RateLimit {

  static final Duration WINDOW = Duration.ofMinutes(1);
  static final long MAX_BUDGETS = 100_000;

  @Inject Settings settings;
  @Inject Clock clock;

  private final Cache<String, Deque<Instant>> attempts =
      Caffeine.newBuilder().maximumSize(MAX_BUDGETS).expireAfterAccess(WINDOW).build();

  /**
   * Counts an attempt against {@code budget}; a 429 problem with {@code Retry-After} when it is
   * used up.
   */
  public void check(String budget) {
    long wait = secondsToWait(budget);
    if (wait > 0) {
      throw ProblemException.tooManyRequests(wait);
    }
  }

  /** Seconds to wait before trying again, or 0 if this attempt may go ahead (and is counted). */
  long secondsToWait(String budget) {
    int limit = settings.registrationRateLimit();
    if (limit <= 0) {
      return 0;
    }
    Instant now = clock.instant();
    Deque<Instant> times = attempts.get(budget, b -> new ArrayDeque<>());
    synchronized (times) {
      while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(WINDOW))) {
        times.removeFirst();
      }
      if (times.size() < limit) {
        times.addLast(now);
        return 0;
      }
      return Math.max(1, Duration.between(now, times.peekFirst().plus(WINDOW)).toSeconds() + 1);
    }
  }
}
