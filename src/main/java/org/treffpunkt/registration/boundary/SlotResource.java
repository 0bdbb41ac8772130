package org.treffpunkt.registration.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.treffpunkt.registration.control.AdviceSlots;

/** The bookable slots of an advice hour (public). */
@Tag(name = "Registrations")
@Path("meetings/{id}/slots")
@Produces(MediaType.APPLICATION_JSON)
public class SlotResource {

  @Inject AdviceSlots slots;

  @GET
  @Operation(
      operationId = "listSlots",
      summary = "List an advice hour's slots",
      description =
          "The slots of a meeting split into bookable slots, in time order, with the seats still free"
              + " (public). Book one with `POST /api/meetings/{id}/registrations` and `slot` (the slot's"
              + " start) and `topic`; a slot without free seats answers 409. Empty for a meeting without"
              + " slots.")
  @APIResponse(
      responseCode = "200",
      description = "The slots in time order",
      content =
          @Content(
              schema =
                  @Schema(type = SchemaType.ARRAY, implementation = AdviceSlots.SlotView.class)))
  @APIResponse(responseCode = "404", description = "No such meeting (or a draft)")
  public List<AdviceSlots.SlotView> list(@PathParam("id") long meetingId) {
    return slots.of(meetingId);
  }
}
