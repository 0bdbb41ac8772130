package org.treffpunkt.feedback.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.treffpunkt.feedback.control.FeedbackBox;
import org.treffpunkt.feedback.entity.Feedback;
import org.treffpunkt.platform.ApiDocument;
import org.treffpunkt.platform.ClientAddress;
import org.treffpunkt.platform.Settings;
import org.treffpunkt.platform.i18n.CurrentLanguage;

/**
 * {@code POST /api/meetings/{id}/feedback} (anyone, after the meeting began; with a per-client rate
 * limit of its own) and {@code GET} of the counts and free texts (organisers).
 */
@Tag(name = "Feedback")
@Path("meetings/{id}/feedback")
@Produces(MediaType.APPLICATION_JSON)
public class FeedbackResource {

  @Schema(name = "FeedbackReceived")
  public record Received(String answer) {}

  @Inject FeedbackBox box;
  @Inject CurrentLanguage language;
  @Inject Settings settings;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "giveFeedback",
      summary = "Give feedback on a meeting",
      description =
          "Anonymous feedback (public) once the meeting has begun: an answer and an optional comment.")
  @APIResponse(
      responseCode = "201",
      description = "Received",
      content = @Content(schema = @Schema(implementation = Received.class)))
  @APIResponse(responseCode = "409", description = "The meeting has not begun yet, or is cancelled")
  @APIResponse(responseCode = "429", description = "Too many answers from this client address")
  public Response give(
      @PathParam("id") long meetingId,
      FeedbackBox.FeedbackRequest request,
      @Context HttpServletRequest http) {
    Feedback feedback =
        box.submit(
            meetingId,
            request,
            ClientAddress.of(http, settings.trustedProxies()),
            language.get().code());
    return Response.status(Response.Status.CREATED)
        .entity(new Received(feedback.answer().name()))
        .build();
  }

  @GET
  @Operation(
      operationId = "readFeedback",
      summary = "Read a meeting's feedback",
      description = "The count per answer and the comments, newest first (organisers).")
  @SecurityRequirement(name = ApiDocument.BEARER)
  @SecurityRequirement(name = ApiDocument.BASIC)
  public FeedbackBox.Summary summary(@PathParam("id") long meetingId) {
    return box.summary(meetingId);
  }
}
