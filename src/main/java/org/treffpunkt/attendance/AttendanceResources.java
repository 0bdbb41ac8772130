package org.treffpunkt.attendance;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
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
import java.time.LocalDate;
import java.util.List;
import org.treffpunkt.audit.AuditEntry;
import org.treffpunkt.audit.AuditLog;
import org.treffpunkt.meeting.control.MeetingCatalogue;
import org.treffpunkt.meeting.entity.Meeting;
import org.treffpunkt.platform.Created;
import org.treffpunkt.platform.InputValidation;
import org.treffpunkt.platform.ProblemException;
import org.treffpunkt.registration.boundary.RegistrationView;
import org.treffpunkt.registration.boundary.RegistrationViews;
import org.treffpunkt.registration.control.RegistrationDesk;
import org.treffpunkt.registration.entity.Registration;
import org.treffpunkt.security.boundary.CurrentUser;
import org.treffpunkt.security.entity.Role;

/**
 * The organiser API of the day of a meeting: attendance, walk-ins, and the participant lists. Each is its own root
 * resource below {@code meetings/{id}/…}: a root at {@code meetings/{id}} would shadow the meeting resource itself.
 */
public final class AttendanceResources {

  private AttendanceResources() {}

  public record WalkInRequest(
      @NotNull(message = "{validation.required}") @Min(value = 1, message = "{validation.min}")
      @Max(value = 500, message = "{validation.max}") Integer persons,
      String language) {}

  public record WalkInView(long id, int persons, String language, Instant recordedAt) {
    static WalkInView of(WalkIn w) {
      return new WalkInView(w.getId(), w.persons(), w.language(), w.recordedAt());
    }
  }

  public record AttendanceView(long meetingId, int confirmedPersons, int attendedPersons, int attendedRegistrations,
      int walkInPersons, int presentPersons, List<WalkInView> walkIns) {}


  @Path("meetings/{id}/attendance")
  @RolesAllowed(Role.ORGANISER_NAME)
  @Produces(MediaType.APPLICATION_JSON)
  public static class Present {

    @Inject Attendance attendance;
    @Inject RegistrationViews views;
    @Inject CurrentUser currentUser;

    @GET
    public AttendanceView summary(@PathParam("id") long meetingId) {
      var s = attendance.summary(meetingId);
      return new AttendanceView(s.meetingId(), s.confirmedPersons(), s.attendedPersons(), s.attendedRegistrations(),
          s.walkInPersons(), s.presentPersons(), s.walkIns().stream().map(WalkInView::of).toList());
    }

    /** Checks a registration in by its code; checking in twice changes nothing. */
    @POST
    @Path("{code}")
    public RegistrationView checkIn(@PathParam("id") long meetingId, @PathParam("code") String code) {
      return views.of(attendance.checkIn(meetingId, code, staffId(currentUser)));
    }

    @DELETE
    @Path("{code}")
    public RegistrationView undoCheckIn(@PathParam("id") long meetingId, @PathParam("code") String code) {
      return views.of(attendance.undoCheckIn(meetingId, code));
    }
  }

  @Path("meetings/{id}/walk-ins")
  @RolesAllowed(Role.ORGANISER_NAME)
  @Produces(MediaType.APPLICATION_JSON)
  public static class WalkIns {

    @Inject Attendance attendance;
    @Inject InputValidation validation;
    @Inject CurrentUser currentUser;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addWalkIn(@PathParam("id") long meetingId, WalkInRequest request, @Context UriInfo uri) {
      validation.check(request);
      WalkIn walkIn = attendance.addWalkIn(meetingId, request.persons(), request.language(), staffId(currentUser));
      return Created.at(uri, walkIn.getId(), WalkInView.of(walkIn));
    }

    @DELETE
    @Path("{walkInId}")
    public Response removeWalkIn(@PathParam("id") long meetingId, @PathParam("walkInId") long walkInId) {
      attendance.removeWalkIn(meetingId, walkInId);
      return Response.noContent().build();
    }
  }

  /** The participant list for German Excel; recorded in the audit log before it leaves. */
  @Path("meetings/{id}/participants.csv")
  @RolesAllowed(Role.ORGANISER_NAME)
  public static class Csv {

    @Inject ParticipantLists lists;
    @Inject RegistrationDesk desk;
    @Inject MeetingCatalogue meetings;
    @Inject AuditLog audit;

    @GET
    @Produces("text/csv; charset=UTF-8")
    public Response csv(@PathParam("id") long meetingId) {
      return export(meetings, desk, audit, meetingId, AuditEntry.Action.PARTICIPANTS_EXPORTED_CSV,
          "text/csv; charset=UTF-8", "csv", (meeting, registrations) -> lists.csv(registrations));
    }
  }

  /** The printable sign-in sheet; recorded in the audit log before it leaves. */
  @Path("meetings/{id}/sign-in-sheet.pdf")
  @RolesAllowed(Role.ORGANISER_NAME)
  public static class Pdf {

    @Inject ParticipantLists lists;
    @Inject RegistrationDesk desk;
    @Inject MeetingCatalogue meetings;
    @Inject AuditLog audit;

    @GET
    @Produces("application/pdf")
    public Response signInSheet(@PathParam("id") long meetingId) {
      return export(meetings, desk, audit, meetingId, AuditEntry.Action.SIGN_IN_SHEET_EXPORTED_PDF,
          "application/pdf", "pdf", lists::signInSheet);
    }
  }

  /** A list of one meeting's registrations as a download, recorded in the audit log before it leaves. */
  private static Response export(MeetingCatalogue meetings, RegistrationDesk desk, AuditLog audit, long meetingId,
      AuditEntry.Action action, String type, String extension,
      java.util.function.BiFunction<Meeting, List<Registration>, byte[]> render) {
    Meeting meeting = meetings.find(meetingId).orElseThrow(ProblemException::notFound);
    List<Registration> registrations = desk.ofMeeting(meetingId, null);
    audit.record(action, meetingId, ParticipantLists.listed(registrations).size());
    return download(render.apply(meeting, registrations), type, fileName(meeting, extension));
  }

  private static Response download(byte[] content, String type, String fileName) {
    return Response.ok(content, type)
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"")
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .build();
  }

  private static String fileName(Meeting meeting, String extension) {
    LocalDate day = meeting.schedule().localDate();
    return "teilnahmeliste-" + day + "-" + meeting.getId() + "." + extension;
  }

  private static long staffId(CurrentUser currentUser) {
    return currentUser.account().orElseThrow().getId();
  }
}
