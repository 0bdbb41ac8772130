package org.treffpunkt.audit.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.treffpunkt.audit.control.AuditLog;
import org.treffpunkt.audit.entity.AuditEntry;
import org.treffpunkt.platform.ApiDocument;
import org.treffpunkt.platform.Periods;

/**
 * Admins read who viewed or exported personal data: {@code GET /api/audit?from=&to=} (dates,
 * Berlin; newest first).
 */
@Tag(name = "Privacy")
@SecurityRequirement(name = ApiDocument.BEARER)
@SecurityRequirement(name = ApiDocument.BASIC)
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

  /** At most this many entries per request; narrow the period for more. */
  static final int MAX_ENTRIES = 2_000;

  @Schema(name = "AuditEntry")
  public record EntryView(
      Instant occurredAt, String username, String action, Long meetingId, int records) {
    static EntryView of(AuditEntry e) {
      return new EntryView(
          e.occurredAt(), e.username(), e.action().name(), e.meetingId(), e.records());
    }
  }

  @Inject AuditLog log;
  @Inject Periods periods;

  @GET
  @Operation(
      operationId = "readAuditLog",
      summary = "Read the audit log",
      description =
          "Who viewed or exported personal data (registration lists, check-in, CSV, PDF), when, for which meeting"
              + " and how many records; newest first, at most a limited number of entries (admins).")
  public List<EntryView> entries(
      @Parameter(description = "First day (ISO date); default: 30 days before `to`")
          @QueryParam("from")
          String from,
      @Parameter(description = "Last day, inclusive (ISO date); default: today") @QueryParam("to")
          String to) {
    var period = periods.period(from, to, 30);
    return log.between(period.from(), period.to(), MAX_ENTRIES).stream()
        .map(EntryView::of)
        .toList();
  }
}
