package org.treffpunkt.feedback;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.treffpunkt.platform.InputValidation;
import org.treffpunkt.platform.i18n.CurrentLanguage;
import org.treffpunkt.registration.boundary.RegistrationGate;
import org.treffpunkt.security.entity.Role;

/**
 * {@code POST /api/meetings/{id}/feedback} (anyone, after the meeting began; with a per-client rate limit of its own)
 * and {@code GET} of the counts and free texts (organisers).
 */
@Path("meetings/{id}/feedback")
@Produces(MediaType.APPLICATION_JSON)
public class FeedbackResource {

  public record FeedbackRequest(
      @NotNull(message = "{validation.required}") Feedback.Answer answer,
      @Size(max = 1000, message = "{validation.maxLength}") String comment) {}

  public record Received(String answer) {}

  @Inject FeedbackBox box;
  @Inject InputValidation validation;
  @Inject CurrentLanguage language;
  @Inject RegistrationGate gate;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response give(@PathParam("id") long meetingId, FeedbackRequest request, @Context HttpServletRequest http) {
    validation.check(request);
    gate.checkFeedbackRateLimit(http);
    Feedback feedback = box.submit(meetingId, request.answer(), trimmed(request.comment()), language.get().code());
    return Response.status(Response.Status.CREATED).entity(new Received(feedback.answer().name())).build();
  }

  @GET
  @RolesAllowed(Role.ORGANISER_NAME)
  public FeedbackBox.Summary summary(@PathParam("id") long meetingId) {
    return box.summary(meetingId);
  }

  static String trimmed(String comment) {
    return comment == null || comment.isBlank() ? null : comment.strip();
  }
}
