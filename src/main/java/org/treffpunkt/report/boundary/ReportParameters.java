package org.treffpunkt.report.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.treffpunkt.meeting.control.MeetingView;
import org.treffpunkt.meeting.control.ReferenceViews;
import org.treffpunkt.platform.ClockProducer;
import org.treffpunkt.platform.Periods;
import org.treffpunkt.platform.ProblemException;
import org.treffpunkt.platform.i18n.Language;
import org.treffpunkt.report.control.ParticipationReport;
import org.treffpunkt.report.control.ReferralReport;

/** Reads a report's query parameters; anything unknown is a 400 with the field named. */
@ApplicationScoped
public class ReportParameters {

  /** Without {@code from}, a year back. */
  static final int DEFAULT_DAYS = 365;

  @Inject Periods periods;
  @Inject ReferenceViews referenceViews;

  /** The months of the period (both included) and the grouping of a referral report. */
  public ReferralReport.Query referralQuery(String from, String to, String groupBy) {
    var period = periods.period(from, to, DEFAULT_DAYS);
    List<ProblemException.Violation> violations = new ArrayList<>();
    List<ReferralReport.Dimension> dimensions = new ArrayList<>();
    if (groupBy != null && !groupBy.isBlank()) {
      for (String name : groupBy.split(",")) {
        try {
          var dimension = ReferralReport.Dimension.valueOf(name.strip().toUpperCase(Locale.ROOT));
          if (!dimensions.contains(dimension)) {
            dimensions.add(dimension);
          }
        } catch (IllegalArgumentException unknown) {
          violations.add(new ProblemException.Violation("groupBy", "validation.referralGroupBy"));
        }
      }
    }
    ProblemException.throwIfAny(violations);
    return new ReferralReport.Query(
        YearMonth.from(period.from().atZone(ClockProducer.BERLIN)),
        YearMonth.from(period.to().minusNanos(1).atZone(ClockProducer.BERLIN)),
        List.copyOf(dimensions));
  }

  public ParticipationReport.Query query(
      String from, String to, String groupBy, String format, String district) {
    var period = periods.period(from, to, DEFAULT_DAYS);
    List<ProblemException.Violation> violations = new ArrayList<>();
    List<ParticipationReport.Dimension> dimensions = new ArrayList<>();
    if (groupBy != null && !groupBy.isBlank()) {
      for (String name : groupBy.split(",")) {
        try {
          var dimension =
              ParticipationReport.Dimension.valueOf(name.strip().toUpperCase(Locale.ROOT));
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
      formatId =
          referenceViews
              .format(format.strip(), Language.DEFAULT)
              .map(MeetingView.FormatRef::id)
              .orElse(null);
      if (formatId == null) {
        violations.add(new ProblemException.Violation("format", "validation.unknownId"));
      }
    }
    Long districtId = null;
    if (district != null && !district.isBlank()) {
      districtId =
          referenceViews.district(district.strip()).map(MeetingView.DistrictRef::id).orElse(null);
      if (districtId == null) {
        violations.add(new ProblemException.Violation("district", "validation.unknownId"));
      }
    }
    ProblemException.throwIfAny(violations);
    return new ParticipationReport.Query(
        period.from(), period.to(), formatId, districtId, List.copyOf(dimensions));
  }
}
