package org.treffpunkt.registration.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.treffpunkt.audit.AuditEntry;
import org.treffpunkt.audit.AuditLog;
import org.treffpunkt.meeting.boundary.MeetingAccess;
import org.treffpunkt.platform.ProblemException;
import org.treffpunkt.platform.i18n.CurrentLanguage;
import org.treffpunkt.registration.control.RegistrationDesk;
import org.treffpunkt.security.boundary.CurrentUser;
import org.treffpunkt.security.entity.Role;

/** Registering for a meeting (public, or by staff on a resident's behalf) and the meeting's list for staff. */
@Path("meetings/{id}/registrations")
@Produces(MediaType.APPLICATION_JSON)
public class RegistrationResource {

  @Inject RegistrationDesk desk;
  @Inject Applications applications;
  @Inject RegistrationViews views;
  @Inject RegistrationGate gate;
  @Inject CurrentLanguage language;
  @Inject CurrentUser currentUser;
  @Inject MeetingAccess meetingAccess;
  @Inject AuditLog audit;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response register(
      @PathParam("id") long meetingId,
      RegistrationRequest request,
      @HeaderParam("Idempotency-Key") String idempotencyKey,
      @Context HttpServletRequest http) {
    var onBehalf = gate.onBehalf();
    gate.checkRateLimit(http, onBehalf);
    gate.checkIdempotencyKey(idempotencyKey);
    RegistrationDesk.Outcome outcome =
        desk.register(meetingId, applications.applicant(request, language.get(), onBehalf), idempotencyKey);
    return Response.status(Response.Status.CREATED)
        .location(java.net.URI.create(views.selfServiceUrl(outcome.token())))
        .entity(views.receipt(outcome))
        .build();
  }

  /** Staff see a meeting's registrations; a partner only those it made itself. */
  @GET
  @RolesAllowed({Role.ORGANISER_NAME, Role.PARTNER_NAME})
  public List<RegistrationView> list(@PathParam("id") long meetingId) {
    meetingAccess.visible(meetingId);
    Long onlyOfPartner = currentUser.hasRole(Role.ORGANISER)
        ? null
        : currentUser.partnerId().orElseThrow(() -> new ProblemException(403, "problem.detail.403"));
    var registrations = desk.ofMeeting(meetingId, onlyOfPartner);
    audit.record(AuditEntry.Action.REGISTRATIONS_VIEWED, meetingId, registrations.size());
    return views.ofMeeting(meetingId, registrations);
  }


  /** An organiser cancels someone's registration (recorded); the waiting list moves up. */
  @POST
  @Path("{code}/cancel")
  @RolesAllowed(Role.ORGANISER_NAME)
  public RegistrationView cancelByStaff(@PathParam("id") long meetingId, @PathParam("code") String code) {
    var registration = desk.byCode(meetingId, code).orElseThrow(ProblemException::notFound);
    desk.cancelByStaff(registration.getId(), staffId());
    return views.of(desk.find(registration.getId()).orElseThrow());
  }

  /** An organiser moves a waiting registration up out of turn, if its places are free (recorded). */
  @POST
  @Path("{code}/promote")
  @RolesAllowed(Role.ORGANISER_NAME)
  public RegistrationView promoteByStaff(@PathParam("id") long meetingId, @PathParam("code") String code) {
    var registration = desk.byCode(meetingId, code).orElseThrow(ProblemException::notFound);
    return views.of(desk.promoteByStaff(registration.getId(), staffId()));
  }

  private long staffId() {
    return currentUser.account().orElseThrow().getId();
  }
}
