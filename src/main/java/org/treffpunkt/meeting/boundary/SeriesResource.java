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
import org.treffpunkt.meeting.control.MeetingCatalogue;
import org.treffpunkt.meeting.control.MeetingPlanner;
import org.treffpunkt.meeting.control.MeetingRequest;
import org.treffpunkt.meeting.control.MeetingView;
import org.treffpunkt.meeting.control.MeetingViews;
import org.treffpunkt.meeting.control.SeriesEdit;
import org.treffpunkt.meeting.entity.Meeting;
import org.treffpunkt.meeting.entity.MeetingSeries;
import org.treffpunkt.meeting.entity.Recurrence;
import org.treffpunkt.platform.Created;

/**
 * Series: created with a recurrence, read with their dates, edited "from this date on"
 * (organisers).
 */
@Path("series")
@Produces(MediaType.APPLICATION_JSON)
public class SeriesResource {

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
  public Response create(MeetingRequest request, @Context UriInfo uri) {
    MeetingSeries series = planner.createSeries(request);
    List<Long> ids = catalogue.ofSeries(series.getId()).stream().map(Meeting::getId).toList();
    return Created.at(uri, series.getId(), new SeriesCreated(series.getId(), ids));
  }

  @GET
  @Path("{id}")
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
  public SeriesEdited edit(@PathParam("id") long id, SeriesEdit edit) {
    List<Meeting> changed = planner.editSeries(id, edit);
    return new SeriesEdited(changed.stream().map(Meeting::getId).toList());
  }
}
