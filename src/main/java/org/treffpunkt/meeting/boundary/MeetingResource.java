package org.treffpunkt.meeting.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.treffpunkt.meeting.control.CancelRequest;
import org.treffpunkt.meeting.control.MeetingCatalogue;
import org.treffpunkt.meeting.control.MeetingPlanner;
import org.treffpunkt.meeting.control.MeetingRequest;
import org.treffpunkt.meeting.control.MeetingView;
import org.treffpunkt.meeting.control.MeetingViews;
import org.treffpunkt.meeting.entity.Meeting;
import org.treffpunkt.platform.Created;

/** Meetings: public to read (drafts for those who may see them), organisers plan them. */
@Path("meetings")
@Produces(MediaType.APPLICATION_JSON)
public class MeetingResource {

  public record MeetingPage(List<MeetingView> items, long total, int page, int size) {}

  @Inject MeetingCatalogue catalogue;
  @Inject MeetingPlanner planner;
  @Inject MeetingViews views;
  @Inject MeetingSearchParameters search;

  /**
   * Published meetings from now on (or from {@code from}), ordered by start; organisers add {@code
   * drafts=true}.
   */
  @GET
  public MeetingPage search(
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("district") String district,
      @QueryParam("format") String format,
      @QueryParam("language") String language,
      @QueryParam("q") String text,
      @QueryParam("drafts") boolean drafts,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    var query = search.query(from, to, district, format, language, text, drafts, page, size);
    MeetingCatalogue.Page result = catalogue.browse(query);
    return new MeetingPage(views.of(result.items()), result.total(), query.page(), query.size());
  }

  @GET
  @Path("{id}")
  public MeetingView one(@PathParam("id") long id) {
    return views.of(catalogue.visible(id));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(MeetingRequest request, @Context UriInfo uri) {
    Meeting meeting = planner.create(request);
    return Created.at(uri, meeting.getId(), views.of(meeting));
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  public MeetingView replan(@PathParam("id") long id, MeetingRequest request) {
    return views.of(planner.replan(id, request));
  }

  @POST
  @Path("{id}/cancel")
  @Consumes(MediaType.APPLICATION_JSON)
  public MeetingView cancel(@PathParam("id") long id, CancelRequest request) {
    return views.of(planner.cancel(id, request));
  }
}
