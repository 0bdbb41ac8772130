package org.treffpunkt.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * A lease on a named job in the database ({@code job_lock}), so that with several servers a job
 * runs on one at a time: a conditional UPDATE that only one transaction can win. A lease that a
 * crashed server never released expires.
 */
@ApplicationScoped
public class JobLock {

  /** This server, as the holder it writes into the lock row. */
  private final String self = UUID.randomUUID().toString();

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  /** True if this server now holds the job for at most {@code lease}. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean claim(String job, Duration lease) {
    Instant now = clock.instant();
    return em.createNativeQuery(
                "update job_lock set holder = ?1, locked_until = ?2 where name = ?3"
                    + " and locked_until < ?4")
            .setParameter(1, self)
            .setParameter(2, now.plus(lease))
            .setParameter(3, job)
            .setParameter(4, now)
            .executeUpdate()
        == 1;
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void release(String job) {
    em.createNativeQuery(
            "update job_lock set holder = null, locked_until = ?1 where name = ?2 and holder = ?3")
        .setParameter(1, clock.instant().minusMillis(1))
        .setParameter(2, job)
        .setParameter(3, self)
        .executeUpdate();
  }
}
