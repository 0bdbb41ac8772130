package org.treffpunkt.privacy;

import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * Admins start the anonymisation now ({@code POST /api/anonymisation}), e.g. after lowering the
 * retention days.
 */
@Path("anonymisation")
@Produces(MediaType.APPLICATION_JSON)
public class AnonymisationResource {

  @Inject Anonymisation anonymisation;

  @POST
  public Anonymisation.Result runNow() {
    return anonymisation.runNow();
  }
}
