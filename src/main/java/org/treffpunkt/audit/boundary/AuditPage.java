package org.treffpunkt.audit.boundary;

import jakarta.enterprise.inject.Model;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.treffpunkt.audit.control.AuditLog;
import org.treffpunkt.audit.entity.AuditEntry;

/** The admins' page of the audit log: the last 90 days, newest first. */
@Model
public class AuditPage {

  static final int DAYS = 90;
  static final int MAX_ROWS = 1_000;

  @Inject AuditLog log;
  @Inject Clock clock;

  private List<AuditEntry> entries;

  public List<AuditEntry> getEntries() {
    if (entries == null) {
      var now = clock.instant();
      entries = log.between(now.minus(Duration.ofDays(DAYS)), now.plusSeconds(1), MAX_ROWS);
    }
    return entries;
  }
}
