package org.treffpunkt.attendance.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.treffpunkt.attendance.control.Attendance;
import org.treffpunkt.attendance.entity.WalkIn;
import org.treffpunkt.platform.ApiDocument;
import org.treffpunkt.platform.Created;
import org.treffpunkt.registration.control.RegistrationView;

/**
 * The organiser API of the day of a meeting: the check-in list and attendance, walk-ins, and the
 * participant lists. Each is its own root resource below {@code meetings/{id}/…}: a root at {@code
 * meetings/{id}} would shadow the meeting resource itself. Who may call them is decided in {@link
 * Attendance}.
 */
public final class AttendanceResources {

  private AttendanceResources() {}

  public record WalkInView(long id, int persons, String language, Instant recordedAt) {
    static WalkInView of(WalkIn w) {
      return new WalkInView(w.getId(), w.persons(), w.language(), w.recordedAt());
    }
  }

  /** One line of the check-in list. */
  public record ParticipantView(
      String code, String name, int adults, int children, String status, boolean attended) {
    static ParticipantView of(RegistrationView r) {
      return new ParticipantView(
          r.code(), r.name(), r.adults(), r.children(), r.status(), r.attended());
    }
  }

  public record AttendanceView(
      long meetingId,
      int confirmedPersons,
      int attendedPersons,
      int attendedRegistrations,
      int walkInPersons,
      int presentPersons,
      List<WalkInView> walkIns,
      List<ParticipantView> participants) {}

  @Tag(name = "Attendance")
  @SecurityRequirement(name = ApiDocument.BEARER)
  @SecurityRequirement(name = ApiDocument.BASIC)
  @Path("meetings/{id}/attendance")
  @Produces(MediaType.APPLICATION_JSON)
  public static class Present {

    @Inject Attendance attendance;

    /** The figures and the check-in list (names: recorded in the audit log like the page). */
    @GET
    @Operation(
        operationId = "readAttendance",
        summary = "Read a meeting's attendance",
        description =
            "The figures (confirmed, attended, walk-ins, present) and the check-in list with names (recorded in"
                + " the audit log, like the check-in page).")
    public AttendanceView summary(@PathParam("id") long meetingId) {
      List<ParticipantView> participants =
          attendance.checkInList(meetingId).stream().map(ParticipantView::of).toList();
      var s = attendance.summary(meetingId);
      return new AttendanceView(
          s.meetingId(),
          s.confirmedPersons(),
          s.attendedPersons(),
          s.attendedRegistrations(),
          s.walkInPersons(),
          s.presentPersons(),
          s.walkIns().stream().map(WalkInView::of).toList(),
          participants);
    }

    /** Checks a registration in by its code; checking in twice changes nothing. */
    @POST
    @Path("{code}")
    @Operation(
        operationId = "checkIn",
        summary = "Check a registration in",
        description =
            "Marks the registration with this code present; checking in twice changes nothing.")
    public RegistrationView checkIn(
        @PathParam("id") long meetingId, @PathParam("code") String code) {
      return attendance.checkIn(meetingId, code);
    }

    @DELETE
    @Path("{code}")
    @Operation(
        operationId = "undoCheckIn",
        summary = "Undo a check-in",
        description = "Marks the registration with this code not present again.")
    public RegistrationView undoCheckIn(
        @PathParam("id") long meetingId, @PathParam("code") String code) {
      return attendance.undoCheckIn(meetingId, code);
    }
  }

  @Tag(name = "Attendance")
  @SecurityRequirement(name = ApiDocument.BEARER)
  @SecurityRequirement(name = ApiDocument.BASIC)
  @Path("meetings/{id}/walk-ins")
  @Produces(MediaType.APPLICATION_JSON)
  public static class WalkIns {

    @Inject Attendance attendance;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
        operationId = "addWalkIns",
        summary = "Count walk-ins",
        description =
            "Records persons who came without registering, with their language if known; no names.")
    @APIResponse(
        responseCode = "201",
        description = "The walk-ins as recorded",
        content = @Content(schema = @Schema(implementation = WalkInView.class)))
    public Response addWalkIn(
        @PathParam("id") long meetingId, Attendance.WalkInRequest request, @Context UriInfo uri) {
      WalkIn walkIn = attendance.addWalkIn(meetingId, request);
      return Created.at(uri, walkIn.getId(), WalkInView.of(walkIn));
    }

    @DELETE
    @Path("{walkInId}")
    @Operation(
        operationId = "removeWalkIns",
        summary = "Remove counted walk-ins",
        description = "Removes one record of walk-ins (a mistake).")
    @APIResponse(responseCode = "204", description = "Removed")
    public Response removeWalkIn(
        @PathParam("id") long meetingId, @PathParam("walkInId") long walkInId) {
      attendance.removeWalkIn(meetingId, walkInId);
      return Response.noContent().build();
    }
  }

  /** The participant list for German Excel. */
  @Tag(name = "Attendance")
  @SecurityRequirement(name = ApiDocument.BEARER)
  @SecurityRequirement(name = ApiDocument.BASIC)
  @Path("meetings/{id}/participants.csv")
  public static class Csv {

    @Inject Attendance attendance;

    @GET
    @Produces("text/csv; charset=UTF-8")
    @Operation(
        operationId = "participantListCsv",
        summary = "Participant list as CSV",
        description =
            "Everyone holding a place or waiting, for German Excel (UTF-8 with BOM, `;`, CRLF; formula-like"
                + " cells neutralised). Recorded in the audit log.")
    @APIResponse(
        responseCode = "200",
        description = "The list as a CSV file",
        content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
    public Response csv(@PathParam("id") long meetingId) {
      return download(attendance.participantsCsv(meetingId), "text/csv; charset=UTF-8");
    }
  }

  /** The printable sign-in sheet. */
  @Tag(name = "Attendance")
  @SecurityRequirement(name = ApiDocument.BEARER)
  @SecurityRequirement(name = ApiDocument.BASIC)
  @Path("meetings/{id}/sign-in-sheet.pdf")
  public static class Pdf {

    @Inject Attendance attendance;

    @GET
    @Produces("application/pdf")
    @Operation(
        operationId = "signInSheetPdf",
        summary = "Sign-in sheet as PDF",
        description =
            "The printable sign-in sheet: meeting, date, place, organiser and partners, one row per group holding"
                + " a place with a signature column, empty rows for walk-ins. Recorded in the audit log.")
    @APIResponse(
        responseCode = "200",
        description = "The sheet as a PDF file",
        content =
            @Content(
                mediaType = "application/pdf",
                schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response signInSheet(@PathParam("id") long meetingId) {
      return download(attendance.signInSheet(meetingId), "application/pdf");
    }
  }

  private static Response download(Attendance.Export export, String type) {
    return Response.ok(export.content(), type)
        .header(
            HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + export.fileName() + "\"")
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .build();
  }
}
