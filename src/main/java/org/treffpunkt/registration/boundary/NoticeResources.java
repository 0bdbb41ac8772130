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

  @Path("meetings/{id}/unreached")
  @Produces(MediaType.APPLICATION_JSON)
  public static class UnreachedRegistrants {

    @Inject Notices notices;

    /**
     * Registrations without e-mail, or whose mail failed, with phone and language (recorded in the
     * audit log).
     */
    @GET
    public List<Unreached> list(@PathParam("id") long meetingId) {
      return notices.unreached(meetingId);
    }

    /** Staff told this registrant by phone; recorded with who and when. */
    @POST
    @Path("{code}/informed")
    public Response informed(@PathParam("id") long meetingId, @PathParam("code") String code) {
      notices.informed(meetingId, code);
      return Response.noContent().build();
    }
  }

  @Path("meetings/{id}/messages")
  @Produces(MediaType.APPLICATION_JSON)
  public static class Messages {

    @Inject Notices notices;

    /**
     * A message to everyone holding a place or waiting ({@code {text: {de, …}}}, German required).
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response send(@PathParam("id") long meetingId, MessageRequest request) {
      return Response.status(Response.Status.CREATED)
          .entity(notices.message(meetingId, request))
          .build();
    }
  }
}
