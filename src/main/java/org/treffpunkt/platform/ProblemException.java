package org.treffpunkt.platform;

import java.util.List;

/**
 * A failure to report to the client as problem+json. Messages are bundle keys, localised in the
 * request's language by {@link ProblemResponses}; field errors name the JSON field (e.g. {@code
 * title.de}).
 */
public class ProblemException extends RuntimeException {

  /** One invalid field: the bundle key of its message and the values the message mentions. */
  public record Violation(String field, String messageKey, Object... args) {}

  private final int status;
  private final String detailKey;
  private final transient Object[] detailArgs;
  private final transient List<Violation> violations;
  private long retryAfterSeconds;

  public ProblemException(int status, String detailKey, Object... detailArgs) {
    this(status, List.of(), detailKey, detailArgs);
  }

  /** A problem with field errors and a detail of its own. */
  public ProblemException(
      int status, List<Violation> violations, String detailKey, Object... detailArgs) {
    super(detailKey);
    this.status = status;
    this.violations = List.copyOf(violations);
    this.detailKey = detailKey;
    this.detailArgs = detailArgs;
  }

  public static ProblemException invalid(List<Violation> violations) {
    return new ProblemException(400, violations, "problem.invalid");
  }

  public static ProblemException invalid(String field, String messageKey, Object... args) {
    return invalid(List.of(new Violation(field, messageKey, args)));
  }

  /** Throws a 400 problem listing {@code violations}, if there are any. */
  public static void throwIfAny(List<Violation> violations) {
    if (!violations.isEmpty()) {
      throw invalid(violations);
    }
  }

  /**
   * 404 — unless the current transaction is marked for rollback: then the read that found nothing
   * may have failed in the database (see {@link DatabaseUnavailable#failIfTheTransactionFailed}),
   * answered 503.
   */
  public static ProblemException notFound() {
    DatabaseUnavailable.failIfTheTransactionFailed();
    return new ProblemException(404, "problem.notFound");
  }

  public static ProblemException conflict(String detailKey, Object... args) {
    return new ProblemException(409, detailKey, args);
  }

  /** 429 with {@code Retry-After}. */
  public static ProblemException tooManyRequests(long retryAfterSeconds) {
    ProblemException problem = new ProblemException(429, "problem.detail.429");
    problem.retryAfterSeconds = retryAfterSeconds;
    return problem;
  }

  /** Seconds the client should wait (429), else 0. */
  public long retryAfterSeconds() {
    return retryAfterSeconds;
  }

  public int status() {
    return status;
  }

  public String detailKey() {
    return detailKey;
  }

  public Object[] detailArgs() {
    return detailArgs;
  }

  public List<Violation> violations() {
    return violations;
  }
}
