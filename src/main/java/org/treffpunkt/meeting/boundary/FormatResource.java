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
import org.treffpunkt.platform.i18n.CurrentLanguage;

@Tag(name = "Reference data")
@Path("formats")
@Produces(MediaType.APPLICATION_JSON)
public class FormatResource {

  public record FormatView(long id, String key, String name) {}

  @Inject ReferenceData referenceData;
  @Inject CurrentLanguage language;

  @GET
  @Operation(
      operationId = "listFormats",
      summary = "List meeting formats",
      description =
          "The formats with id, key (`exchange`, `neighbourhood`, `dialogue`, `advice`) and name in the"
              + " request's language.")
  public List<FormatView> all() {
    return referenceData.formats().stream()
        .map(f -> new FormatView(f.getId(), f.getKey(), f.name(language.get())))
        .toList();
  }
}
