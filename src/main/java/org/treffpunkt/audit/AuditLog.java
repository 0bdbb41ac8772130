package org.treffpunkt.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.treffpunkt.security.boundary.CurrentUser;
import org.treffpunkt.security.entity.UserAccount;

/** Records accesses to personal data by the logged-in staff member; lists them for admins. */
@ApplicationScoped
public class AuditLog {

  @PersistenceContext EntityManager em;
  @Inject CurrentUser currentUser;
  @Inject Clock clock;

  /** Recorded in its own transaction, before the data leaves: an export that fails later is still on record. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void record(AuditEntry.Action action, Long meetingId, int records) {
    UserAccount user = currentUser.account().orElseThrow(() -> new IllegalStateException("no user"));
    em.persist(new AuditEntry(clock.instant(), user.getId(), user.getUsername(), action, meetingId, records));
  }

  /** The newest entries first, within a period. */
  public List<AuditEntry> between(Instant from, Instant to, int max) {
    return em.createQuery("select e from AuditEntry e where e.occurredAt >= :from and e.occurredAt < :to"
            + " order by e.occurredAt desc, e.id desc", AuditEntry.class)
        .setParameter("from", from)
        .setParameter("to", to)
        .setMaxResults(max)
        .getResultList();
  }
}
