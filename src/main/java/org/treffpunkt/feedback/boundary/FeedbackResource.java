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
import org.treffpunkt.feedback.control.FeedbackBox;
import org.treffpunkt.feedback.entity.Feedback;
import org.treffpunkt.platform.ClientAddress;
import org.treffpunkt.platform.Settings;
import org.treffpunkt.platform.i18n.CurrentLanguage;

/**
 * {@code POST /api/meetings/{id}/feedback} (anyone, after the meeting began; with a per-client rate
 * limit of its own) and {@code GET} of the counts and free texts (organisers).
 */
@Path("meetings/{id}/feedback")
@Produces(MediaType.APPLICATION_JSON)
public class FeedbackResource {

  public record Received(String answer) {}

  @Inject FeedbackBox box;
  @Inject CurrentLanguage language;
  @Inject Settings settings;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
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
  public FeedbackBox.Summary summary(@PathParam("id") long meetingId) {
    return box.summary(meetingId);
  }
}
