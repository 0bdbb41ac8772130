package org.treffpunkt.privacy;

import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.treffpunkt.platform.ApiDocument;

/**
 * Admins start the anonymisation now ({@code POST /api/anonymisation}), e.g. after lowering the
 * retention days.
 */
@Tag(name = "Privacy")
@SecurityRequirement(name = ApiDocument.BEARER)
@SecurityRequirement(name = ApiDocument.BASIC)
@Path("anonymisation")
@Produces(MediaType.APPLICATION_JSON)
public class AnonymisationResource {

  @Inject Anonymisation anonymisation;

  @POST
  @Operation(
      operationId = "anonymiseNow",
      summary = "Anonymise now",
      description =
          "Runs the anonymisation of personal data of meetings past the retention period at once (admins);"
              + " it also runs on a schedule.")
  public Anonymisation.Result runNow() {
    return anonymisation.runNow();
  }
}
