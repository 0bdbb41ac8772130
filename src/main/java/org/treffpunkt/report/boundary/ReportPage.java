package org.treffpunkt.report.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.treffpunkt.meeting.control.MeetingView;
import org.treffpunkt.meeting.control.ReferenceViews;
import org.treffpunkt.platform.ClockProducer;
import org.treffpunkt.platform.FormProblems;
import org.treffpunkt.platform.ProblemException;
import org.treffpunkt.platform.i18n.CurrentLanguage;
import org.treffpunkt.report.control.ParticipationReport;
import org.treffpunkt.report.control.ParticipationReport.Dimension;
import org.treffpunkt.report.control.ParticipationReport.Measure;
import org.treffpunkt.report.control.ParticipationReport.Row;

/**
 * The back-office report page: filters (period, format, district), the totals, charts by month, by
 * format and by interpretation language (PrimeFaces charts, Chart.js), and the table by month — the
 * same figures as the API, small counts suppressed (left out of the charts, shown as "<5" in the
 * tables).
 */
@Named("reports")
@ViewScoped
public class ReportPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ParticipationReport report;
  @Inject org.treffpunkt.report.control.ReferralReport referralReport;
  @Inject ReportParameters parameters;
  @Inject CurrentLanguage language;
  @Inject FacesContext faces;
  @Inject Clock clock;
  @Inject ReferenceViews referenceViews;

  private LocalDate from;
  private LocalDate to;
  private String formatId;
  private String districtId;
  private transient Map<List<Dimension>, List<Row>> cache;

  private List<Row> rows(Dimension... groupBy) {
    if (cache == null) {
      cache = new java.util.HashMap<>();
    }
    return cache.computeIfAbsent(
        List.of(groupBy),
        g -> {
          try {
            var query =
                parameters.query(
                    getFrom().toString(),
                    getTo().toString(),
                    String.join(",", g.stream().map(Dimension::key).toList()),
                    formatId,
                    districtId);
            return report.rows(query);
          } catch (ProblemException problem) {
            FormProblems.show(faces, problem, language.get(), field -> null);
            return List.of();
          }
        });
  }

  public void apply() {
    cache = null;
    referrals = null;
  }

  private transient List<org.treffpunkt.report.control.ReferralReport.Row> referrals;

  /** Referrals to help offers per offer and month of the period (small counts as "<5"). */
  public List<org.treffpunkt.report.control.ReferralReport.Row> getReferrals() {
    if (referrals == null) {
      try {
        referrals =
            referralReport.rows(
                parameters.referralQuery(getFrom().toString(), getTo().toString(), "offer,month"));
      } catch (ProblemException problem) {
        referrals = List.of();
      }
    }
    return referrals;
  }

  /** The measures with their label and the total (as shown). */
  public record Figure(String key, String label, Object value) {}

  public List<Figure> getTotals() {
    List<Row> rows = rows();
    return rows.isEmpty() ? List.of() : figures(rows.get(0));
  }

  public List<MonthLine> getMonths() {
    return rows(Dimension.MONTH).stream()
        .map(r -> new MonthLine(r.group().get(Dimension.MONTH), figures(r)))
        .toList();
  }

  /** One month's figures for the table. */
  public record MonthLine(String month, List<Figure> figures) {}

  public List<String> getMeasureLabels() {
    return java.util.Arrays.stream(Measure.values()).map(this::label).toList();
  }

  private List<Figure> figures(Row row) {
    return java.util.Arrays.stream(Measure.values())
        .map(m -> new Figure(m.key, label(m), row.shown(m)))
        .toList();
  }

  private String label(Measure m) {
    return language.message("report.measure." + m.key);
  }

  /** Chart.js: persons with a place, present, walk-ins per month. */
  public String getMonthlyChart() {
    List<Row> rows = rows(Dimension.MONTH);
    JsonArrayBuilder labels = Json.createArrayBuilder();
    rows.forEach(r -> labels.add(r.group().get(Dimension.MONTH)));
    JsonArrayBuilder datasets = Json.createArrayBuilder();
    for (Measure m :
        List.of(Measure.CONFIRMED_PERSONS, Measure.ATTENDED_PERSONS, Measure.WALK_IN_PERSONS)) {
      datasets.add(dataset(label(m), rows.stream().map(r -> r.shown(m)).toList()));
    }
    return chart("bar", labels, datasets);
  }

  /** Chart.js: meetings held per format. */
  public String getFormatChart() {
    List<Row> rows = rows(Dimension.FORMAT);
    JsonArrayBuilder labels = Json.createArrayBuilder();
    rows.forEach(r -> labels.add(formatName(r.group().get(Dimension.FORMAT))));
    JsonArrayBuilder datasets =
        Json.createArrayBuilder()
            .add(
                dataset(
                    label(Measure.MEETINGS_HELD),
                    rows.stream().map(r -> r.shown(Measure.MEETINGS_HELD)).toList()));
    return chart("bar", labels, datasets);
  }

  /** Chart.js: persons needing interpretation per language. */
  public String getLanguageChart() {
    List<Row> rows = rows();
    Map<String, Object> byLanguage =
        rows.isEmpty() ? Map.of() : new TreeMap<>(rows.get(0).interpretationShown());
    JsonArrayBuilder labels = Json.createArrayBuilder();
    byLanguage
        .keySet()
        .forEach(
            l ->
                labels.add(
                    java.util.Locale.forLanguageTag(l).getDisplayLanguage(language.getLocale())));
    JsonArrayBuilder datasets =
        Json.createArrayBuilder()
            .add(dataset(label(Measure.INTERPRETATION_PERSONS), List.copyOf(byLanguage.values())));
    return chart("bar", labels, datasets);
  }

  private String formatName(String key) {
    return referenceViews.format(key, language.get()).map(MeetingView.FormatRef::name).orElse(key);
  }

  /** Suppressed values are left out of a chart (a gap), never drawn as a number. */
  private static jakarta.json.JsonObjectBuilder dataset(String label, List<Object> values) {
    JsonArrayBuilder data = Json.createArrayBuilder();
    values.forEach(
        v -> {
          if (v instanceof Long n) {
            data.add(n);
          } else {
            data.addNull();
          }
        });
    return Json.createObjectBuilder().add("label", label).add("data", data);
  }

  private static String chart(String type, JsonArrayBuilder labels, JsonArrayBuilder datasets) {
    return Json.createObjectBuilder()
        .add("type", type)
        .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
        .add(
            "options",
            Json.createObjectBuilder()
                .add("animation", false)
                .add(
                    "scales",
                    Json.createObjectBuilder()
                        .add("y", Json.createObjectBuilder().add("beginAtZero", true))))
        .build()
        .toString();
  }

  public LocalDate getFrom() {
    return from != null ? from : getTo().minusMonths(11).withDayOfMonth(1);
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to != null ? to : LocalDate.now(clock.withZone(ClockProducer.BERLIN));
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }

  public String getFormatId() {
    return formatId;
  }

  public void setFormatId(String formatId) {
    this.formatId = formatId;
  }

  public String getDistrictId() {
    return districtId;
  }

  public void setDistrictId(String districtId) {
    this.districtId = districtId;
  }

  /** The same figures as CSV from the API, for the download link. */
  public String getCsvLink() {
    return "/api/reports/participation.csv?from="
        + getFrom()
        + "&to="
        + getTo()
        + "&groupBy=month"
        + (formatId == null || formatId.isBlank() ? "" : "&format=" + formatId)
        + (districtId == null || districtId.isBlank() ? "" : "&district=" + districtId);
  }
}
