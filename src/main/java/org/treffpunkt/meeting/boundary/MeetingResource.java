package org.treffpunkt.meeting.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
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
import org.treffpunkt.meeting.control.MeetingCatalogue;
import org.treffpunkt.meeting.control.MeetingPlanner;
import org.treffpunkt.meeting.entity.Meeting;
import org.treffpunkt.platform.Created;
import org.treffpunkt.platform.InputValidation;
import org.treffpunkt.platform.ProblemException;
import org.treffpunkt.security.boundary.CurrentUser;
import org.treffpunkt.security.entity.Role;

@Path("meetings")
@Produces(MediaType.APPLICATION_JSON)
public class MeetingResource {

  public record MeetingPage(List<MeetingView> items, long total, int page, int size) {}

  public record CancelRequest(
      @NotBlank(message = "{validation.required}") @Size(max = 500, message = "{validation.maxLength}")
          String reason) {}

  @Inject MeetingCatalogue catalogue;
  @Inject MeetingPlanner planner;
  @Inject MeetingPlans plans;
  @Inject MeetingViews views;
  @Inject MeetingSearchParameters search;
  @Inject InputValidation validation;
  @Inject CurrentUser currentUser;
  @Inject MeetingAccess access;

  /** Published meetings from now on (or from {@code from}), ordered by start; organisers add {@code drafts=true}. */
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
    var query = search.query(from, to, district, format, language, text,
        drafts && currentUser.hasRole(Role.ORGANISER), page, size);
    MeetingCatalogue.Page result = catalogue.search(query);
    return new MeetingPage(views.of(result.items()), result.total(), query.page(), query.size());
  }

  @GET
  @Path("{id}")
  public MeetingView one(@PathParam("id") long id) {
    return views.of(access.visible(id));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.ORGANISER_NAME)
  public Response create(MeetingRequest request, @Context UriInfo uri) {
    if (request != null && request.recurrence() != null) {
      throw ProblemException.invalid("recurrence", "validation.useSeries");
    }
    Meeting meeting = planner.create(plans.plan(request));
    return Created.at(uri, meeting.getId(), views.of(meeting));
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.ORGANISER_NAME)
  public MeetingView replan(@PathParam("id") long id, MeetingRequest request) {
    catalogue.find(id).orElseThrow(ProblemException::notFound);
    return views.of(planner.replan(id, plans.plan(request)));
  }

  @POST
  @Path("{id}/cancel")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.ORGANISER_NAME)
  public MeetingView cancel(@PathParam("id") long id, CancelRequest request) {
    catalogue.find(id).orElseThrow(ProblemException::notFound);
    validation.check(request);
    return views.of(planner.cancel(id, request.reason().strip()));
  }
}
