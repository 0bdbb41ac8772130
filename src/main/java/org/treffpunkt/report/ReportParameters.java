package org.treffpunkt.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.treffpunkt.meeting.boundary.MeetingSearchParameters;
import org.treffpunkt.meeting.control.ReferenceData;
import org.treffpunkt.platform.ProblemException;

/** Reads a report's query parameters; anything unknown is a 400 with the field named. */
@ApplicationScoped
public class ReportParameters {

  /** Without {@code from}, a year back. */
  static final int DEFAULT_DAYS = 365;

  @Inject MeetingSearchParameters search;
  @Inject ReferenceData referenceData;

  public ParticipationReport.Query query(String from, String to, String groupBy, String format, String district) {
    var period = search.period(from, to, DEFAULT_DAYS);
    List<ProblemException.Violation> violations = new ArrayList<>();
    List<ParticipationReport.Dimension> dimensions = new ArrayList<>();
    if (groupBy != null && !groupBy.isBlank()) {
      for (String name : groupBy.split(",")) {
        try {
          var dimension = ParticipationReport.Dimension.valueOf(name.strip().toUpperCase(Locale.ROOT));
          if (!dimensions.contains(dimension)) {
            dimensions.add(dimension);
          }
        } catch (IllegalArgumentException unknown) {
          violations.add(new ProblemException.Violation("groupBy", "validation.groupBy"));
        }
      }
    }
    Long formatId = null;
    if (format != null && !format.isBlank()) {
      formatId = referenceData.format(format.strip()).map(f -> f.getId()).orElse(null);
      if (formatId == null) {
        violations.add(new ProblemException.Violation("format", "validation.unknownId"));
      }
    }
    Long districtId = null;
    if (district != null && !district.isBlank()) {
      districtId = referenceData.district(district.strip()).map(d -> d.getId()).orElse(null);
      if (districtId == null) {
        violations.add(new ProblemException.Violation("district", "validation.unknownId"));
      }
    }
    ProblemException.throwIfAny(violations);
    return new ParticipationReport.Query(period.from(), period.to(), formatId, districtId, List.copyOf(dimensions));
  }
}
