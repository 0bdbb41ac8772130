package org.treffpunkt.meeting.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.treffpunkt.meeting.control.MeetingCatalogue;
import org.treffpunkt.meeting.control.MeetingPlanner;
import org.treffpunkt.meeting.control.MeetingRequest;
import org.treffpunkt.meeting.control.MeetingView;
import org.treffpunkt.meeting.control.MeetingViews;
import org.treffpunkt.meeting.control.SeriesEdit;
import org.treffpunkt.meeting.entity.Meeting;
import org.treffpunkt.meeting.entity.MeetingSeries;
import org.treffpunkt.meeting.entity.Recurrence;
import org.treffpunkt.platform.ApiDocument;
import org.treffpunkt.platform.Created;

/**
 * Series: created with a recurrence, read with their dates, edited "from this date on"
 * (organisers).
 */
@Tag(name = "Series")
@SecurityRequirement(name = ApiDocument.BEARER)
@SecurityRequirement(name = ApiDocument.BASIC)
@Path("series")
@Produces(MediaType.APPLICATION_JSON)
public class SeriesResource {

  /** The example body of planning a series, in the OpenAPI document. */
  static final String SERIES_EXAMPLE =
      "{\"title\": {\"de\": \"Nachbarschaftstreff\"}, \"formatId\": 2, \"districtId\": 5,"
          + " \"venueId\": 2, \"start\": \"2027-03-02T18:00\", \"end\": \"2027-03-02T20:00\","
          + " \"capacity\": 25, \"languages\": [\"de\"], \"published\": true,"
          + " \"recurrence\": {\"frequency\": \"WEEKLY\", \"count\": 10}}";

  public record SeriesCreated(long id, List<Long> meetingIds) {}

  public record SeriesView(
      long id,
      String frequency,
      LocalDate firstDate,
      LocalTime startTime,
      int durationMinutes,
      LocalDate until,
      Integer count,
      boolean lastWeekday,
      List<MeetingView> meetings) {}

  public record SeriesEdited(List<Long> changedMeetingIds) {}

  @Inject MeetingPlanner planner;
  @Inject MeetingCatalogue catalogue;
  @Inject MeetingViews views;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "planSeries",
      summary = "Plan a series",
      description =
          "Creates a series from the meeting body plus `recurrence` (frequency, and `until` or `count`):"
              + " one meeting per date, at most 18 months ahead, wall-clock times kept across daylight saving."
              + " Answers with the series' id and its meetings' ids.")
  @APIResponse(
      responseCode = "201",
      description = "The series and the meetings it generated",
      content = @Content(schema = @Schema(implementation = SeriesCreated.class)))
  public Response create(
      @RequestBody(
              content =
                  @Content(
                      schema = @Schema(implementation = MeetingRequest.class),
                      examples =
                          @ExampleObject(
                              name = "weekly",
                              summary = "Every Tuesday evening, ten times",
                              value = SERIES_EXAMPLE)))
          MeetingRequest request,
      @Context UriInfo uri) {
    MeetingSeries series = planner.createSeries(request);
    List<Long> ids = catalogue.ofSeries(series.getId()).stream().map(Meeting::getId).toList();
    return Created.at(uri, series.getId(), new SeriesCreated(series.getId(), ids));
  }

  @GET
  @Path("{id}")
  @Operation(
      operationId = "readSeries",
      summary = "Read a series",
      description = "The series' rule and all its meetings (organisers).")
  public SeriesView one(@PathParam("id") long id) {
    MeetingSeries series = planner.series(id);
    Recurrence recurrence = series.recurrence();
    return new SeriesView(
        series.getId(),
        recurrence.frequency().name(),
        series.firstDate(),
        series.startTime(),
        series.durationMinutes(),
        recurrence.until(),
        recurrence.count(),
        recurrence.lastWeekday(),
        views.of(catalogue.ofSeries(id)));
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "changeSeries",
      summary = "Change a series from a date on",
      description =
          "Changes the meetings from `fromDate` on that were neither moved, changed nor cancelled on their own:"
              + " time of day, place, link, capacity, texts, languages and offers (not the recurrence)."
              + " Fields left out stay. Registrants get one change notice per address.")
  public SeriesEdited edit(@PathParam("id") long id, SeriesEdit edit) {
    List<Meeting> changed = planner.editSeries(id, edit);
    return new SeriesEdited(changed.stream().map(Meeting::getId).toList());
  }
}
