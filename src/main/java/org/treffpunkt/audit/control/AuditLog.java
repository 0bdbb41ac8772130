package org.treffpunkt.audit.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.treffpunkt.audit.entity.AuditEntry;
import org.treffpunkt.audit.entity.AuditEntry.Action;
import org.treffpunkt.platform.access.Allowed;
import org.treffpunkt.platform.access.Caller;
import org.treffpunkt.platform.access.Permission;

/**
 * Records accesses to personal data by the logged-in staff member; lists them for admins. Other
 * features say what they showed or exported with one method per kind of access, each recorded in
 * its own transaction, before the data leaves: an export that fails later is still on record.
 */
@ApplicationScoped
public class AuditLog {

  /**
   * Views of the same list by the same person within this time count as one (a check-in page
   * re-reads its list after every check-in); exports are always recorded.
   */
  static final Duration SAME_VIEW = Duration.ofMinutes(10);

  @PersistenceContext EntityManager em;
  @Inject Caller caller;
  @Inject Clock clock;

  /** A meeting's registration list was shown (page or API), with this many registrations. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void registrationsViewed(long meetingId, int records) {
    record(Action.REGISTRATIONS_VIEWED, meetingId, records);
  }

  /** A meeting's check-in list was shown (page or API). */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void checkInListViewed(long meetingId, int records) {
    record(Action.CHECK_IN_LIST_VIEWED, meetingId, records);
  }

  /**
   * The registrants of a meeting whom a change notice did not reach (with their phone numbers) were
   * shown.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void unreachedViewed(long meetingId, int records) {
    record(Action.UNREACHED_VIEWED, meetingId, records);
  }

  /** A meeting's participant list leaves as CSV. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void participantsExportedAsCsv(long meetingId, int records) {
    record(Action.PARTICIPANTS_EXPORTED_CSV, meetingId, records);
  }

  /** A meeting's sign-in sheet leaves as PDF. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void signInSheetExportedAsPdf(long meetingId, int records) {
    record(Action.SIGN_IN_SHEET_EXPORTED_PDF, meetingId, records);
  }

  private void record(Action action, Long meetingId, int records) {
    long userId = caller.userId().orElseThrow(() -> new IllegalStateException("no user"));
    Instant now = clock.instant();
    if (action.isView() && viewedRecently(userId, action, meetingId, records, now)) {
      return;
    }
    em.persist(
        new AuditEntry(now, userId, caller.username().orElseThrow(), action, meetingId, records));
  }

  private boolean viewedRecently(
      long userId, Action action, Long meetingId, int records, Instant now) {
    return !em.createQuery(
            "select e.id from AuditEntry e where e.userId = :user and e.action = :action"
                + " and e.meetingId = :meeting and e.records = :records and e.occurredAt > :since",
            Long.class)
        .setParameter("user", userId)
        .setParameter("action", action)
        .setParameter("meeting", meetingId)
        .setParameter("records", records)
        .setParameter("since", now.minus(SAME_VIEW))
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  /** The newest entries first, within a period (admins). */
  @Allowed(Permission.READ_AUDIT)
  public List<AuditEntry> between(Instant from, Instant to, int max) {
    return em.createQuery(
            "select e from AuditEntry e where e.occurredAt >= :from and e.occurredAt < :to"
                + " order by e.occurredAt desc, e.id desc",
            AuditEntry.class)
        .setParameter("from", from)
        .setParameter("to", to)
        .setMaxResults(max)
        .getResultList();
  }
}
