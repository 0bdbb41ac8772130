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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.treffpunkt.interpreting.control.LanguageMediation;
import org.treffpunkt.interpreting.control.LanguageMediation.AssignmentRequest;
import org.treffpunkt.interpreting.control.LanguageMediation.InterpreterRequest;
import org.treffpunkt.interpreting.entity.Interpreter;
import org.treffpunkt.platform.ApiDocument;
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

  @Tag(name = "Interpreting")
  @SecurityRequirement(name = ApiDocument.BEARER)
  @SecurityRequirement(name = ApiDocument.BASIC)
  @Path("interpreters")
  @Produces(MediaType.APPLICATION_JSON)
  public static class Pool {

    @Inject LanguageMediation mediation;

    @GET
    @Operation(
        operationId = "listInterpreters",
        summary = "List interpreters",
        description = "The interpreter pool with languages and contact (never public).")
    public List<InterpreterView> all() {
      return mediation.interpreters().stream().map(InterpreterView::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
        operationId = "addInterpreter",
        summary = "Add an interpreter",
        description = "Adds a person to the interpreter pool with their languages.")
    @APIResponse(
        responseCode = "201",
        description = "The interpreter",
        content = @Content(schema = @Schema(implementation = InterpreterView.class)))
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
    @Operation(
        operationId = "changeInterpreter",
        summary = "Change an interpreter",
        description =
            "Changes someone's details; `active: false` takes them out of new bookings (past ones stay).")
    public InterpreterView update(@PathParam("interpreterId") long id, InterpreterRequest request) {
      return InterpreterView.of(mediation.updateInterpreter(id, request));
    }

    /** Erases the person's data for good; past bookings keep their language. */
    @POST
    @Path("{interpreterId}/erasure")
    @Operation(
        operationId = "eraseInterpreter",
        summary = "Erase an interpreter",
        description = "Erases the person's data for good; past bookings keep their language.")
    @APIResponse(responseCode = "204", description = "Erased")
    public Response erase(@PathParam("interpreterId") long id) {
      mediation.erase(id);
      return Response.noContent().build();
    }
  }

  @Tag(name = "Interpreting")
  @SecurityRequirement(name = ApiDocument.BEARER)
  @SecurityRequirement(name = ApiDocument.BASIC)
  @Path("meetings/{id}/interpreters")
  @Produces(MediaType.APPLICATION_JSON)
  public static class Bookings {

    @Inject LanguageMediation mediation;

    @GET
    @Operation(
        operationId = "listBookedInterpreters",
        summary = "List a meeting's interpreters",
        description = "The interpreters booked for the meeting, per language.")
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
    @Operation(
        operationId = "bookInterpreter",
        summary = "Book an interpreter",
        description =
            "Books an interpreter for the meeting and a language; `conflictingMeetingIds` names overlapping"
                + " bookings of the same person (booked all the same).")
    @APIResponse(
        responseCode = "201",
        description = "The booking",
        content = @Content(schema = @Schema(implementation = AssignmentView.class)))
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
    @Operation(
        operationId = "cancelInterpreterBooking",
        summary = "Cancel an interpreter booking",
        description = "Removes the booking from the meeting.")
    @APIResponse(responseCode = "204", description = "Removed")
    public Response unassign(
        @PathParam("id") long meetingId, @PathParam("assignmentId") long assignmentId) {
      mediation.unassign(meetingId, assignmentId);
      return Response.noContent().build();
    }
  }

  @Tag(name = "Interpreting")
  @SecurityRequirement(name = ApiDocument.BEARER)
  @SecurityRequirement(name = ApiDocument.BASIC)
  @Path("meetings/{id}/language-needs")
  @Produces(MediaType.APPLICATION_JSON)
  public static class MeetingNeeds {

    @Inject LanguageMediation mediation;

    @GET
    @Operation(
        operationId = "meetingLanguageNeeds",
        summary = "A meeting's language needs",
        description =
            "Persons needing interpretation per language, and whether an interpreter is booked.")
    public List<LanguageMediation.Need> needs(@PathParam("id") long meetingId) {
      return mediation.needs(meetingId);
    }
  }

  @Tag(name = "Interpreting")
  @SecurityRequirement(name = ApiDocument.BEARER)
  @SecurityRequirement(name = ApiDocument.BASIC)
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
    @Operation(
        operationId = "languageNeedsOfPeriod",
        summary = "Language needs over a period",
        description =
            "Per meeting: interpretation, step-free access and childcare asked for against what is booked and"
                + " offered; unmet needs first, those within the lead time marked urgent (`withinLeadTime`).")
    public List<MeetingNeedsView> period(
        @Parameter(description = "First day (ISO date); default: today") @QueryParam("from")
            String from,
        @Parameter(description = "Last day, inclusive (ISO date); default: no end")
            @QueryParam("to")
            String to,
        @Parameter(description = "Unmet needs closer than this many days are urgent; default 7")
            @QueryParam("leadDays")
            Integer leadDays) {
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
