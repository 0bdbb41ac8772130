package org.treffpunkt.registration.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.treffpunkt.platform.ApiDocument;
import org.treffpunkt.registration.control.MessageRequest;
import org.treffpunkt.registration.control.Notices;
import org.treffpunkt.registration.control.Unreached;

/**
 * The organisers' side of change notices: whom a notice could not reach by mail (to phone them) and
 * messages to a meeting's registrants. Each is its own root resource below {@code meetings/{id}/…}
 * (a root at {@code meetings/{id}} would shadow the meeting resource); who may call them is decided
 * in {@link Notices}.
 */
public final class NoticeResources {

  private NoticeResources() {}

  @Tag(name = "Change notices")
  @SecurityRequirement(name = ApiDocument.BEARER)
  @SecurityRequirement(name = ApiDocument.BASIC)
  @Path("meetings/{id}/unreached")
  @Produces(MediaType.APPLICATION_JSON)
  public static class UnreachedRegistrants {

    @Inject Notices notices;

    /**
     * Registrations without e-mail, or whose mail failed, with phone and language (recorded in the
     * audit log).
     */
    @GET
    @Operation(
        operationId = "listUnreached",
        summary = "List registrants a notice did not reach",
        description =
            "Registrations holding a place or waiting that a change notice did not reach by mail (no address,"
                + " or the mail failed), with phone and language, those not yet informed first (recorded in the"
                + " audit log).")
    public List<Unreached> list(@PathParam("id") long meetingId) {
      return notices.unreached(meetingId);
    }

    /** Staff told this registrant by phone; recorded with who and when. */
    @POST
    @Path("{code}/informed")
    @Operation(
        operationId = "recordInformedByPhone",
        summary = "Record that a registrant was informed by phone",
        description = "Records who informed the registrant and when.")
    @APIResponse(responseCode = "204", description = "Recorded")
    @APIResponse(
        responseCode = "409",
        description = "Every notice reached this registration by mail")
    public Response informed(@PathParam("id") long meetingId, @PathParam("code") String code) {
      notices.informed(meetingId, code);
      return Response.noContent().build();
    }
  }

  @Tag(name = "Change notices")
  @SecurityRequirement(name = ApiDocument.BEARER)
  @SecurityRequirement(name = ApiDocument.BASIC)
  @Path("meetings/{id}/messages")
  @Produces(MediaType.APPLICATION_JSON)
  public static class Messages {

    @Inject Notices notices;

    /**
     * A message to everyone holding a place or waiting ({@code {text: {de, …}}}, German required).
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
        operationId = "sendMessage",
        summary = "Send a message to a meeting's registrants",
        description =
            "A message to everyone holding a place or waiting: by mail in their language (German where missing),"
                + " on their own page, or on the list to phone. `text.de` is required; only the seven languages of"
                + " the site, at most 2,000 characters each.")
    @APIResponse(
        responseCode = "201",
        description = "Sent: how many registrations, and how many of them have no address",
        content = @Content(schema = @Schema(implementation = Notices.Sent.class)))
    public Response send(@PathParam("id") long meetingId, MessageRequest request) {
      return Response.status(Response.Status.CREATED)
          .entity(notices.message(meetingId, request))
          .build();
    }
  }
}
