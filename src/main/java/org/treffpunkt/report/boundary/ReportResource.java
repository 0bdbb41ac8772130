package org.treffpunkt.report.boundary;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.treffpunkt.platform.ApiDocument;
import org.treffpunkt.platform.ClockProducer;
import org.treffpunkt.platform.Csv;
import org.treffpunkt.report.control.ParticipationReport;
import org.treffpunkt.report.control.ReferralReport;

/**
 * {@code GET
 * /api/reports/participation?from=&to=&groupBy=format,district,month,language,topic&format=&district=}:
 * rows of anonymous counts as JSON, or as CSV (German Excel) with {@code Accept: text/csv} or at
 * {@code participation.csv}; same cells either way.
 */
@Tag(name = "Reports")
@SecurityRequirement(name = ApiDocument.BEARER)
@SecurityRequirement(name = ApiDocument.BASIC)
@Path("reports")
public class ReportResource {

  /** The query parameters every variant takes. */
  public static class Filters {
    @Parameter(description = "First day (ISO date); default: a year before `to`")
    @QueryParam("from")
    String from;

    @Parameter(description = "Last day, inclusive (ISO date); default: today")
    @QueryParam("to")
    String to;

    @Parameter(
        description =
            "Comma-separated dimensions to group by: `format`, `district`, `month`, `language`, `topic` (of advice bookings)",
        example = "format,month")
    @QueryParam("groupBy")
    String groupBy;

    @Parameter(description = "Only this format (key or id)")
    @QueryParam("format")
    String format;

    @Parameter(description = "Only this district (id or slug)")
    @QueryParam("district")
    String district;

    ParticipationReport.Query query(ReportParameters parameters) {
      return parameters.query(from, to, groupBy, format, district);
    }
  }

  @Inject ParticipationReport report;
  @Inject ReferralReport referrals;
  @Inject ReportParameters parameters;

  @GET
  @Path("participation")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "participationReport",
      summary = "Participation report",
      description =
          "Rows of anonymous counts (registrations, persons, attendance, walk-ins, interpretation per language),"
              + " grouped as asked; cells under 5 persons are suppressed. The same address answers CSV for German"
              + " Excel to `Accept: text/csv` (see participationReportCsv).")
  @APIResponse(
      responseCode = "200",
      description = "The report",
      content =
          @Content(mediaType = "application/json", schema = @Schema(ref = "ParticipationReport")))
  public JsonObject json(@BeanParam Filters filters) {
    var query = filters.query(parameters);
    JsonArrayBuilder rows = Json.createArrayBuilder();
    for (ParticipationReport.Row row : report.rows(query)) {
      JsonObjectBuilder json = Json.createObjectBuilder();
      row.group().forEach((d, value) -> json.add(d.key(), value));
      for (ParticipationReport.Measure m : ParticipationReport.Measure.values()) {
        add(json, m.key, row.shown(m));
      }
      JsonObjectBuilder interpretation = Json.createObjectBuilder();
      row.interpretationShown().forEach((language, shown) -> add(interpretation, language, shown));
      json.add("interpretation", interpretation);
      rows.add(json);
    }
    JsonArrayBuilder dimensions = Json.createArrayBuilder();
    query.groupBy().forEach(d -> dimensions.add(d.key()));
    return Json.createObjectBuilder()
        .add("from", query.from().atZone(ClockProducer.BERLIN).toOffsetDateTime().toString())
        .add("to", query.to().atZone(ClockProducer.BERLIN).toOffsetDateTime().toString())
        .add("groupBy", dimensions)
        .add("suppressedBelow", ParticipationReport.THRESHOLD)
        .add("rows", rows)
        .build();
  }

  @GET
  @Path("referrals")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "referralReport",
      summary = "Referral report",
      description =
          "Referrals of residents to help offers (counted when staff print or show an offer's card, no"
              + " personal data), per month of the period, grouped by `offer`, `district` (of the meeting)"
              + " and `month` as asked; counts under 5 are suppressed.")
  @APIResponse(
      responseCode = "200",
      description = "The report",
      content = @Content(mediaType = "application/json", schema = @Schema(ref = "ReferralReport")))
  public JsonObject referrals(
      @Parameter(description = "First day (ISO date); default: a year before `to`")
          @QueryParam("from")
          String from,
      @Parameter(description = "Last day, inclusive (ISO date); default: today") @QueryParam("to")
          String to,
      @Parameter(
              description = "Comma-separated dimensions to group by: `offer`, `district`, `month`",
              example = "offer,month")
          @QueryParam("groupBy")
          String groupBy) {
    var query = parameters.referralQuery(from, to, groupBy);
    JsonArrayBuilder rows = Json.createArrayBuilder();
    for (ReferralReport.Row row : referrals.rows(query)) {
      JsonObjectBuilder json = Json.createObjectBuilder();
      row.group()
          .forEach(
              (d, value) -> {
                if (d == ReferralReport.Dimension.OFFER) {
                  json.add(d.key(), Long.parseLong(value));
                  json.add("offerTitle", row.offerTitle());
                } else {
                  json.add(d.key(), value);
                }
              });
      add(json, "referrals", row.shown());
      rows.add(json);
    }
    JsonArrayBuilder dimensions = Json.createArrayBuilder();
    query.groupBy().forEach(d -> dimensions.add(d.key()));
    return Json.createObjectBuilder()
        .add("from", query.from().toString())
        .add("to", query.to().toString())
        .add("groupBy", dimensions)
        .add("suppressedBelow", ParticipationReport.THRESHOLD)
        .add("rows", rows)
        .build();
  }

  /**
   * The CSV also at {@code participation.csv}, for a download link in a browser (which cannot set
   * Accept).
   */
  @GET
  @Path("participation.csv")
  @Produces("text/csv; charset=UTF-8")
  @Operation(
      operationId = "participationReportCsv",
      summary = "Participation report as CSV file",
      description =
          "The same cells as CSV (UTF-8 with BOM, `;`, CRLF) for a download link, which cannot set Accept.")
  @APIResponse(
      responseCode = "200",
      description = "The report as a CSV file",
      content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
  public Response csvFile(@BeanParam Filters filters) {
    return csv(filters);
  }

  @GET
  @Path("participation")
  @Produces("text/csv; charset=UTF-8")
  @Operation(hidden = true)
  public Response csv(@BeanParam Filters filters) {
    var query = filters.query(parameters);
    List<ParticipationReport.Row> rows = report.rows(query);
    TreeSet<String> languages = new TreeSet<>();
    rows.forEach(r -> languages.addAll(r.interpretation().keySet()));
    List<Object> header = new ArrayList<>();
    query.groupBy().forEach(d -> header.add(d.key()));
    for (ParticipationReport.Measure m : ParticipationReport.Measure.values()) {
      header.add(m.key);
    }
    languages.forEach(l -> header.add("interpretation." + l));
    Csv csv = new Csv().row(header);
    for (ParticipationReport.Row row : rows) {
      List<Object> cells = new ArrayList<>();
      query.groupBy().forEach(d -> cells.add(row.group().get(d)));
      for (ParticipationReport.Measure m : ParticipationReport.Measure.values()) {
        cells.add(row.shown(m));
      }
      Map<String, Object> interpretation = row.interpretationShown();
      languages.forEach(l -> cells.add(interpretation.getOrDefault(l, 0L)));
      csv.row(cells);
    }
    return Response.ok(csv.bytes(), "text/csv; charset=UTF-8")
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"teilnahme-bericht.csv\"")
        .build();
  }

  private static void add(JsonObjectBuilder json, String name, Object value) {
    if (value instanceof Long number) {
      json.add(name, number);
    } else {
      json.add(name, value.toString());
    }
  }
}
