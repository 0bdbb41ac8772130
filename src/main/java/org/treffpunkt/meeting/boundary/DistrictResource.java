package org.treffpunkt.meeting.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.treffpunkt.meeting.control.ReferenceData;

@Tag(name = "Reference data")
@Path("districts")
@Produces(MediaType.APPLICATION_JSON)
public class DistrictResource {

  public record DistrictView(long id, String slug, String name) {}

  @Inject ReferenceData referenceData;

  @GET
  @Operation(
      operationId = "listDistricts",
      summary = "List districts",
      description = "The city's districts with id, slug (for filters and feed addresses) and name.")
  public List<DistrictView> all() {
    return referenceData.districts().stream()
        .map(d -> new DistrictView(d.getId(), d.getSlug(), d.getName()))
        .toList();
  }
}
