package org.treffpunkt.interpreting.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.time.OffsetDateTime;
import java.util.List;
import org.treffpunkt.interpreting.control.LanguageMediation;
import org.treffpunkt.interpreting.control.LanguageMediation.AssignmentRequest;
import org.treffpunkt.interpreting.control.LanguageMediation.InterpreterRequest;
import org.treffpunkt.interpreting.entity.Interpreter;
import org.treffpunkt.platform.Created;
import org.treffpunkt.platform.Periods;

/**
 * The organiser API of language mediation (API.md: language needs; plus the pool and bookings). Who
 * may call it is decided in {@link LanguageMediation}.
 */
public final class InterpretingResources {

  private InterpretingResources() {}

  public record InterpreterView(
      long id,
      String name,
      List<String> languages,
      String contact,
      String notes,
      boolean active,
      boolean erased) {
    static InterpreterView of(Interpreter i) {
      return new InterpreterView(
          i.getId(),
          i.name(),
          i.languages().stream().sorted().toList(),
          i.contact(),
          i.notes(),
          i.active(),
          i.erased());
    }
  }

  public record AssignmentView(
      long id,
      long interpreterId,
      String interpreterName,
      String language,
      List<Long> conflictingMeetingIds) {}

  public record MeetingNeedsView(
      long meetingId,
      String title,
      OffsetDateTime start,
      long leadDays,
      boolean unmet,
      boolean withinLeadTime,
      List<LanguageMediation.Need> needs,
      LanguageMediation.AccessNeeds access) {}

  @Path("interpreters")
  @Produces(MediaType.APPLICATION_JSON)
  public static class Pool {

    @Inject LanguageMediation mediation;

    @GET
    public List<InterpreterView> all() {
      return mediation.interpreters().stream().map(InterpreterView::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(InterpreterRequest request, @Context UriInfo uri) {
      Interpreter interpreter = mediation.addInterpreter(request);
      return Created.at(uri, interpreter.getId(), InterpreterView.of(interpreter));
    }

    /**
     * Changes someone's details; {@code active: false} takes them out of new bookings (past ones
     * stay).
     */
    @PUT
    @Path("{interpreterId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public InterpreterView update(@PathParam("interpreterId") long id, InterpreterRequest request) {
      return InterpreterView.of(mediation.updateInterpreter(id, request));
    }

    /** Erases the person's data for good; past bookings keep their language. */
    @POST
    @Path("{interpreterId}/erasure")
    public Response erase(@PathParam("interpreterId") long id) {
      mediation.erase(id);
      return Response.noContent().build();
    }
  }

  @Path("meetings/{id}/interpreters")
  @Produces(MediaType.APPLICATION_JSON)
  public static class Bookings {

    @Inject LanguageMediation mediation;

    @GET
    public List<AssignmentView> all(@PathParam("id") long meetingId) {
      return mediation.assignments(meetingId).stream()
          .map(
              a ->
                  new AssignmentView(
                      a.getId(),
                      a.interpreter().getId(),
                      a.interpreter().name(),
                      a.language(),
                      List.of()))
          .toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response assign(
        @PathParam("id") long meetingId, AssignmentRequest request, @Context UriInfo uri) {
      var booking = mediation.assign(meetingId, request);
      var a = booking.assignment();
      return Created.at(
          uri,
          a.getId(),
          new AssignmentView(
              a.getId(),
              a.interpreter().getId(),
              a.interpreter().name(),
              a.language(),
              booking.conflictingMeetingIds()));
    }

    @DELETE
    @Path("{assignmentId}")
    public Response unassign(
        @PathParam("id") long meetingId, @PathParam("assignmentId") long assignmentId) {
      mediation.unassign(meetingId, assignmentId);
      return Response.noContent().build();
    }
  }

  @Path("meetings/{id}/language-needs")
  @Produces(MediaType.APPLICATION_JSON)
  public static class MeetingNeeds {

    @Inject LanguageMediation mediation;

    @GET
    public List<LanguageMediation.Need> needs(@PathParam("id") long meetingId) {
      return mediation.needs(meetingId);
    }
  }

  @Path("language-needs")
  @Produces(MediaType.APPLICATION_JSON)
  public static class Period {

    /**
     * Unmet needs closer than this many days are flagged (configurable per request with {@code
     * leadDays}).
     */
    static final int DEFAULT_LEAD_DAYS = 7;

    @Inject LanguageMediation mediation;
    @Inject Periods periods;

    @GET
    public List<MeetingNeedsView> period(
        @QueryParam("from") String from,
        @QueryParam("to") String to,
        @QueryParam("leadDays") Integer leadDays) {
      var period = periods.onwards(from, to);
      int lead = leadDays == null ? DEFAULT_LEAD_DAYS : leadDays;
      return mediation.period(period.from(), period.to()).stream()
          .map(
              n -> {
                long days = mediation.leadDays(n.meeting());
                return new MeetingNeedsView(
                    n.meeting().id(),
                    n.meeting().title(),
                    n.meeting().start(),
                    days,
                    n.unmet(),
                    n.unmet() && days <= lead,
                    n.needs(),
                    n.access());
              })
          .toList();
    }
  }
}
