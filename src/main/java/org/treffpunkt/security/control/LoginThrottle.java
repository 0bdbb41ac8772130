package org.treffpunkt.security.control;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.logging.Logger;

/**
 * Password guessing is throttled per account and per client address (IPv6 by its /64, like the rate
 * limit): after {@link #MAX_FAILURES} failures within {@link #WINDOW}, further attempts are refused
 * for the rest of the window without checking the password at all, so they cost no PBKDF2. A
 * success clears the account's failures. The login form and HTTP Basic share it. Memory is bounded:
 * at most {@link #MAX_KEYS} accounts and addresses are remembered, each for at most the window
 * (Caffeine evicts the rest). Counted per server.
 */
@ApplicationScoped
public class LoginThrottle {

  static final int MAX_FAILURES = 5;
  static final Duration WINDOW = Duration.ofMinutes(15);
  static final long MAX_KEYS = 100_000;

  private static final Logger LOG = Logger.getLogger(LoginThrottle.class.getName());

  @Inject Clock clock;

  private final Cache<String, Deque<Instant>> failures =
      Caffeine.newBuilder().maximumSize(MAX_KEYS).expireAfterAccess(WINDOW).build();

  /**
   * Seconds until the next attempt for this account from this address is allowed; 0 if it may go
   * ahead now.
   */
  public long secondsToWait(String username, String clientAddress) {
    Instant now = clock.instant();
    return Math.max(wait(accountKey(username), now), wait(addressKey(clientAddress), now));
  }

  /**
   * A wrong password (or an unknown account): counted for both, and logged without the password.
   */
  public void failed(String username, String clientAddress) {
    Instant now = clock.instant();
    record(accountKey(username), now);
    record(addressKey(clientAddress), now);
    LOG.warning(
        () -> "Failed login for user name '" + printable(username) + "' from " + clientAddress);
  }

  /** A right password: the account's failures are forgotten (the address's stay). */
  public void succeeded(String username) {
    failures.invalidate(accountKey(username));
  }

  private long wait(String key, Instant now) {
    Deque<Instant> times = failures.getIfPresent(key);
    if (times == null) {
      return 0;
    }
    synchronized (times) {
      prune(times, now);
      if (times.size() < MAX_FAILURES) {
        return 0;
      }
      Instant allowedAgain = times.peekFirst().plus(WINDOW);
      return Math.max(1, Duration.between(now, allowedAgain).toSeconds() + 1);
    }
  }

  private void record(String key, Instant now) {
    Deque<Instant> times = failures.get(key, k -> new ArrayDeque<>());
    synchronized (times) {
      prune(times, now);
      times.addLast(now);
      while (times.size() > MAX_FAILURES) {
        times.removeFirst();
      }
    }
  }

  private static void prune(Deque<Instant> times, Instant now) {
    while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(WINDOW))) {
      times.removeFirst();
    }
  }

  private static String accountKey(String username) {
    return "account " + (username == null ? "" : username.strip().toLowerCase(Locale.ROOT));
  }

  private static String addressKey(String clientAddress) {
    return "address " + clientAddress;
  }

  /** A user name as typed, safe for one log line. */
  private static String printable(String username) {
    String name = username == null ? "" : username.replaceAll("\\p{Cntrl}", "?");
    return name.length() > 80 ? name.substring(0, 80) + "…" : name;
  }
}
