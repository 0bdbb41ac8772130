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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.treffpunkt.platform.ApiDocument;
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
@Tag(name = "Registrations")
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
  @Operation(
      operationId = "registerForMeeting",
      summary = "Register for a meeting",
      description =
          "Registers a resident (public; no account needed). A first name is enough; e-mail and phone are"
              + " optional, `consent` must be true. Capacity counts persons (adults + children): a group that"
              + " does not fit waits as a whole (WAITLISTED). The answer holds the short code and the secret"
              + " `token` for the self-service view (shown only here) and its address in `Location`. With"
              + " `Idempotency-Key` a retry returns the first answer. Sent with the credentials of an organiser"
              + " or partner, the registration is recorded as made on the resident's behalf.")
  @APIResponse(
      responseCode = "201",
      description = "Registered: confirmed or on the waiting list",
      content = @Content(schema = @Schema(implementation = RegistrationView.Receipt.class)))
  @APIResponse(
      responseCode = "409",
      description =
          "Registration is closed, the meeting is cancelled or over, or the slot is taken")
  @APIResponse(
      responseCode = "429",
      description =
          "Too many registrations from this client address (per minute, or places held for one meeting)")
  public Response register(
      @PathParam("id") long meetingId,
      @RequestBody(
              content =
                  @Content(
                      schema = @Schema(implementation = RegistrationRequest.class),
                      examples =
                          @ExampleObject(
                              name = "family",
                              summary = "Two adults and a child, Arabic interpretation",
                              value =
                                  "{\"name\": \"Amal\", \"phone\": \"0391 123456\", \"adults\": 2, \"children\": 1,"
                                      + " \"languages\": [\"ar\"], \"interpreterLanguage\": \"ar\", \"needs\":"
                                      + " {\"stepFree\": false, \"childcare\": true}, \"consent\": true, \"locale\": \"ar\"}")))
          RegistrationRequest request,
      @Parameter(
              description =
                  "Any unique string per intended registration; a retry with it gets the first answer")
          @HeaderParam("Idempotency-Key")
          String idempotencyKey,
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
  @Operation(
      operationId = "listRegistrations",
      summary = "List a meeting's registrations",
      description =
          "All registrations of the meeting with status, group size and needs (staff; a partner sees those it"
              + " made). Recorded in the audit log.")
  @SecurityRequirement(name = ApiDocument.BEARER)
  @SecurityRequirement(name = ApiDocument.BASIC)
  public List<RegistrationView> list(@PathParam("id") long meetingId) {
    return views.ofMeeting(meetingId, desk.forStaff(meetingId));
  }

  /** An organiser cancels someone's registration (recorded); the waiting list moves up. */
  @POST
  @Path("{code}/cancel")
  @Operation(
      operationId = "cancelRegistrationByStaff",
      summary = "Cancel a registration (staff)",
      description =
          "An organiser cancels someone's registration by its code (recorded); the waiting list moves up.")
  @SecurityRequirement(name = ApiDocument.BEARER)
  @SecurityRequirement(name = ApiDocument.BASIC)
  public RegistrationView cancelByStaff(
      @PathParam("id") long meetingId, @PathParam("code") String code) {
    return views.of(desk.cancelByStaff(meetingId, code));
  }

  /**
   * An organiser moves a waiting registration up out of turn, if its places are free (recorded).
   */
  @POST
  @Path("{code}/promote")
  @Operation(
      operationId = "promoteRegistration",
      summary = "Move a waiting registration up (staff)",
      description =
          "An organiser moves a waiting registration up out of turn if its places are free (recorded).")
  @SecurityRequirement(name = ApiDocument.BEARER)
  @SecurityRequirement(name = ApiDocument.BASIC)
  @APIResponse(
      responseCode = "200",
      description = "The registration, now confirmed",
      content = @Content(schema = @Schema(implementation = RegistrationView.class)))
  @APIResponse(
      responseCode = "409",
      description =
          "The registration is not waiting, or its group does not fit into the free places")
  public RegistrationView promoteByStaff(
      @PathParam("id") long meetingId, @PathParam("code") String code) {
    return views.of(desk.promoteByStaff(meetingId, code));
  }
}
