package org.treffpunkt.platform;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

@Provider
public class ProblemExceptionMapper implements ExceptionMapper<ProblemException> {

  @Inject ProblemResponses problems;

  @Override
  public Response toResponse(ProblemException exception) {
    return problems.of(exception);
  }
}
