package org.treffpunkt.registration.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.treffpunkt.platform.ProblemException;
import org.treffpunkt.registration.control.RegistrationDesk;
import org.treffpunkt.registration.control.RegistrationView;
import org.treffpunkt.registration.control.RegistrationViews;
import org.treffpunkt.registration.entity.Registration;

/** The resident's own registration, reached only with the secret token from the confirmation. */
@Tag(name = "Self-service")
@Path("registrations/{token}")
@Produces(MediaType.APPLICATION_JSON)
public class SelfServiceResource {

  @Inject RegistrationDesk desk;
  @Inject RegistrationViews views;

  @GET
  @Operation(
      operationId = "readOwnRegistration",
      summary = "Read one's own registration",
      description =
          "The registration behind the secret token from the confirmation: status, waiting-list position,"
              + " meeting, and the change notices (`notices`) since registering, until the meeting is over.")
  public RegistrationView show(@PathParam("token") String token) {
    return views.of(find(token));
  }

  /** Cancels; the waiting list moves up. Cancelling twice is harmless. */
  @DELETE
  @Operation(
      operationId = "cancelOwnRegistration",
      summary = "Cancel one's own registration",
      description = "Cancels; the waiting list moves up. Cancelling twice is harmless.")
  @APIResponse(responseCode = "204", description = "Cancelled")
  public Response cancel(@PathParam("token") String token) {
    desk.cancel(find(token));
    return Response.noContent().build();
  }

  /**
   * Deletes the resident's personal data at once ({@code POST /api/registrations/{token}/erasure}):
   * cancelled and anonymised; the token stops working. The anonymous counts stay for the reports.
   */
  @jakarta.ws.rs.POST
  @Path("erasure")
  @Operation(
      operationId = "eraseOwnRegistration",
      summary = "Erase one's own data",
      description =
          "Cancels the registration and deletes the personal data at once; the token stops working."
              + " The anonymous counts stay for the reports.")
  @APIResponse(responseCode = "204", description = "Erased")
  public Response erase(@PathParam("token") String token) {
    desk.erase(find(token));
    return Response.noContent().build();
  }

  private Registration find(String token) {
    return desk.byToken(token).orElseThrow(ProblemException::notFound);
  }
}
