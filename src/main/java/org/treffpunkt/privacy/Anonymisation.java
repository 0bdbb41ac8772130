package org.treffpunkt.privacy;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.treffpunkt.feedback.control.FeedbackBox;
import org.treffpunkt.platform.DatabaseReady;
import org.treffpunkt.platform.JobLock;
import org.treffpunkt.platform.Settings;
import org.treffpunkt.platform.access.Allowed;
import org.treffpunkt.platform.access.Permission;
import org.treffpunkt.registration.control.RegistrationDesk;

/**
 * Removes personal data {@code TREFFPUNKT_RETENTION_DAYS} (90) after each meeting: registrations
 * are anonymised, free texts of feedback removed. Runs every {@code
 * TREFFPUNKT_ANONYMISATION_INTERVAL_SECONDS} (hourly) on every server, but the database lock lets
 * only one of them work at a time; a second run finds nothing left (idempotent). Logs counts, never
 * data.
 */
@ApplicationScoped
public class Anonymisation {

  static final String JOB = "anonymisation";
  static final int BATCH = 500;

  /** Longer than any run takes; a crashed server's lease expires after it. */
  static final Duration LEASE = Duration.ofMinutes(30);

  private static final Logger LOG = Logger.getLogger(Anonymisation.class.getName());

  /** What a run did; {@code ran} is false when another server held the lock. */
  @Schema(name = "AnonymisationResult")
  public record Result(boolean ran, Instant cutoff, int registrations, int feedbackComments) {}

  @Resource ManagedScheduledExecutorService scheduler;
  @Inject JobLock lock;
  @Inject RegistrationDesk desk;
  @Inject FeedbackBox feedback;
  @Inject Settings settings;
  @Inject Clock clock;

  private ScheduledFuture<?> job;

  void start(@Observes DatabaseReady ready) {
    long interval = settings.anonymisationIntervalSeconds();
    job = scheduler.scheduleWithFixedDelay(this::scheduled, interval, interval, TimeUnit.SECONDS);
  }

  void scheduled() {
    try {
      run();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Anonymisation failed: {0}", e.getClass().getName());
    }
  }

  /** An admin starts it now (e.g. after lowering the retention days). */
  @Allowed(Permission.ANONYMISE_NOW)
  public Result runNow() {
    return run();
  }

  /** Anonymises everything due now, unless another server is at it. */
  Result run() {
    Instant cutoff = clock.instant().minus(Duration.ofDays(settings.retentionDays()));
    if (!lock.claim(JOB, LEASE)) {
      return new Result(false, cutoff, 0, 0);
    }
    try {
      int registrations = 0;
      int batch;
      do {
        batch = desk.anonymiseBefore(cutoff, BATCH);
        registrations += batch;
      } while (batch == BATCH);
      int comments = feedback.removeCommentsBefore(cutoff);
      if (registrations > 0 || comments > 0) {
        LOG.info(
            "Anonymised "
                + registrations
                + " registration(s) and removed "
                + comments
                + " feedback text(s) of meetings that ended before "
                + cutoff);
      }
      return new Result(true, cutoff, registrations, comments);
    } finally {
      lock.release(JOB);
    }
  }

  @PreDestroy
  void stop() {
    if (job != null) {
      job.cancel(false);
    }
  }
}
