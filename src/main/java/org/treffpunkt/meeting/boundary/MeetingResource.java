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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.treffpunkt.meeting.control.CancelRequest;
import org.treffpunkt.meeting.control.MeetingCatalogue;
import org.treffpunkt.meeting.control.MeetingPlanner;
import org.treffpunkt.meeting.control.MeetingRequest;
import org.treffpunkt.meeting.control.MeetingView;
import org.treffpunkt.meeting.control.MeetingViews;
import org.treffpunkt.meeting.entity.Meeting;
import org.treffpunkt.platform.ApiDocument;
import org.treffpunkt.platform.Created;

/** Meetings: public to read (drafts for those who may see them), organisers plan them. */
@Tag(name = "Meetings")
@Path("meetings")
@Produces(MediaType.APPLICATION_JSON)
public class MeetingResource {

  /** The example body of planning a meeting, in the OpenAPI document. */
  static final String MEETING_EXAMPLE =
      "{\"title\": {\"de\": \"Sprachcafé\", \"en\": \"Language café\"},"
          + " \"summary\": {\"de\": \"Deutsch üben bei Kaffee und Kuchen\"},"
          + " \"formatId\": 1, \"districtId\": 5, \"venueId\": 2,"
          + " \"start\": \"2027-03-02T18:00\", \"end\": \"2027-03-02T20:00\", \"capacity\": 30,"
          + " \"languages\": [\"de\", \"ar\"], \"interpretation\": true, \"childcare\": true,"
          + " \"registrationRequired\": true, \"published\": true, \"partnerIds\": [3]}";

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
  @Operation(
      operationId = "searchMeetings",
      summary = "Search meetings",
      description =
          "Published meetings from now on (or from `from`), ordered by start, a page at a time; texts in the"
              + " request's language. Organisers and partners add `drafts=true` to include the drafts they may"
              + " see (credentials are then needed; anonymous callers never see drafts).")
  public MeetingPage search(
      @Parameter(
              description =
                  "First day (ISO date `2027-03-01` or a date-time with offset); default: now")
          @QueryParam("from")
          String from,
      @Parameter(description = "Last day, inclusive; default: no end") @QueryParam("to") String to,
      @Parameter(description = "District id or slug (`/api/districts`)") @QueryParam("district")
          String district,
      @Parameter(
              description = "Format key (`exchange`, `neighbourhood`, `dialogue`, `advice`) or id")
          @QueryParam("format")
          String format,
      @Parameter(
              description = "Only meetings held in (or interpreted into) this ISO 639-1 language")
          @QueryParam("language")
          String language,
      @Parameter(description = "Words in the title or summary") @QueryParam("q") String text,
      @Parameter(
              description =
                  "Include drafts the caller may see (organisers, partners for co-hosted ones)")
          @QueryParam("drafts")
          boolean drafts,
      @Parameter(
              description = "Page number, from 0",
              schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0"))
          @QueryParam("page")
          String page,
      @Parameter(
              description = "Meetings per page",
              schema =
                  @Schema(
                      type = SchemaType.INTEGER,
                      minimum = "1",
                      maximum = "100",
                      defaultValue = "20"))
          @QueryParam("size")
          String size) {
    var query = search.query(from, to, district, format, language, text, drafts, page, size);
    MeetingCatalogue.Page result = catalogue.browse(query);
    return new MeetingPage(views.of(result.items()), result.total(), query.page(), query.size());
  }

  @GET
  @Path("{id}")
  @Operation(
      operationId = "readMeeting",
      summary = "Read a meeting",
      description =
          "One meeting with its free places, languages and offers, texts in the request's language; `url` is"
              + " its public page. A draft is 404 for anyone who may not see it.")
  public MeetingView one(@PathParam("id") long id) {
    return views.of(catalogue.visible(id));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "planMeeting",
      summary = "Plan a meeting",
      description =
          "Creates one meeting (organisers). `title.de` is required; other languages are optional."
              + " Answers with its address in `Location`.")
  @SecurityRequirement(name = ApiDocument.BEARER)
  @SecurityRequirement(name = ApiDocument.BASIC)
  @APIResponse(
      responseCode = "201",
      description = "The meeting as planned",
      content = @Content(schema = @Schema(implementation = MeetingView.class)))
  public Response create(
      @RequestBody(
              content =
                  @Content(
                      schema = @Schema(implementation = MeetingRequest.class),
                      examples =
                          @ExampleObject(
                              name = "language café",
                              summary = "A meeting with Arabic interpretation and childcare",
                              value = MEETING_EXAMPLE)))
          MeetingRequest request,
      @Context UriInfo uri) {
    Meeting meeting = planner.create(request);
    return Created.at(uri, meeting.getId(), views.of(meeting));
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "changeMeeting",
      summary = "Change a meeting",
      description =
          "Replaces a meeting's plan with the body (the same fields as when planning it). A change of time,"
              + " place or link raises its revision and sends everyone registered a change notice.")
  @SecurityRequirement(name = ApiDocument.BEARER)
  @SecurityRequirement(name = ApiDocument.BASIC)
  public MeetingView replan(@PathParam("id") long id, MeetingRequest request) {
    return views.of(planner.replan(id, request));
  }

  @POST
  @Path("{id}/cancel")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "cancelMeeting",
      summary = "Cancel a meeting",
      description =
          "Cancels a meeting with a reason shown to residents; registration closes, nobody moves up and"
              + " everyone registered is notified. Cancelling one date of a series touches only that date.")
  @SecurityRequirement(name = ApiDocument.BEARER)
  @SecurityRequirement(name = ApiDocument.BASIC)
  public MeetingView cancel(@PathParam("id") long id, CancelRequest request) {
    return views.of(planner.cancel(id, request));
  }
}
