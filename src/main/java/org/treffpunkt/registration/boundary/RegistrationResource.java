package org.treffpunkt.registration.boundary;

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
import org.treffpunkt.platform.ClientAddress;
import org.treffpunkt.platform.Settings;
import org.treffpunkt.platform.i18n.CurrentLanguage;
import org.treffpunkt.registration.control.RegistrationDesk;
import org.treffpunkt.registration.control.RegistrationIntake;
import org.treffpunkt.registration.control.RegistrationRequest;
import org.treffpunkt.registration.control.RegistrationView;
import org.treffpunkt.registration.control.RegistrationViews;

/**
 * Registering for a meeting (public, or by staff on a resident's behalf) and the meeting's list for
 * staff.
 */
@Path("meetings/{id}/registrations")
@Produces(MediaType.APPLICATION_JSON)
public class RegistrationResource {

  @Inject RegistrationDesk desk;
  @Inject RegistrationIntake intake;
  @Inject RegistrationViews views;
  @Inject CurrentLanguage language;
  @Inject Settings settings;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response register(
      @PathParam("id") long meetingId,
      RegistrationRequest request,
      @HeaderParam("Idempotency-Key") String idempotencyKey,
      @Context HttpServletRequest http) {
    RegistrationDesk.Outcome outcome =
        intake.register(
            meetingId,
            request,
            idempotencyKey,
            ClientAddress.of(http, settings.trustedProxies()),
            language.get());
    return Response.status(Response.Status.CREATED)
        .location(java.net.URI.create(views.selfServiceUrl(outcome.token())))
        .entity(views.receipt(outcome))
        .build();
  }

  /** Staff see a meeting's registrations; a partner only those it made itself. */
  @GET
  public List<RegistrationView> list(@PathParam("id") long meetingId) {
    return views.ofMeeting(meetingId, desk.forStaff(meetingId));
  }

  /** An organiser cancels someone's registration (recorded); the waiting list moves up. */
  @POST
  @Path("{code}/cancel")
  public RegistrationView cancelByStaff(
      @PathParam("id") long meetingId, @PathParam("code") String code) {
    return views.of(desk.cancelByStaff(meetingId, code));
  }

  /**
   * An organiser moves a waiting registration up out of turn, if its places are free (recorded).
   */
  @POST
  @Path("{code}/promote")
  public RegistrationView promoteByStaff(
      @PathParam("id") long meetingId, @PathParam("code") String code) {
    return views.of(desk.promoteByStaff(meetingId, code));
  }
}
