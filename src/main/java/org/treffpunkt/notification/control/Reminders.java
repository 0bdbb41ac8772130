package org.treffpunkt.notification.control;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.treffpunkt.platform.DatabaseReady;
import org.treffpunkt.platform.Settings;
import org.treffpunkt.registration.control.RegistrationChanged;
import org.treffpunkt.registration.control.RegistrationDesk;

/**
 * Sends each confirmed registrant with an e-mail address one reminder, {@code
 * TREFFPUNKT_REMINDER_HOURS} (48) before the meeting. Every server runs this job; a conditional
 * update in the database lets exactly one of them send each reminder.
 */
@ApplicationScoped
public class Reminders {

  private static final Logger LOG = Logger.getLogger(Reminders.class.getName());

  @Resource ManagedScheduledExecutorService scheduler;
  @Inject RegistrationDesk desk;
  @Inject RegistrationMails mails;
  @Inject Settings settings;
  @Inject Clock clock;

  private ScheduledFuture<?> job;

  void start(@Observes DatabaseReady ready) {
    if (!settings.mailEnabled()) {
      return;
    }
    long interval = settings.reminderIntervalSeconds();
    job = scheduler.scheduleWithFixedDelay(this::run, interval, interval, TimeUnit.SECONDS);
  }

  void run() {
    try {
      int sent = 0;
      var until = clock.instant().plus(Duration.ofHours(settings.reminderHours()));
      for (RegistrationChanged.Registrant due : desk.dueForReminder(until)) {
        if (desk.claimReminder(due.registrationId())) {
          mails.send(due, "reminder", null);
          sent++;
        }
      }
      if (sent > 0) {
        LOG.info("Sent " + sent + " reminder(s)");
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Reminder run failed: {0}", e.getClass().getName());
    }
  }

  @PreDestroy
  void stop() {
    if (job != null) {
      job.cancel(false);
    }
  }
}
