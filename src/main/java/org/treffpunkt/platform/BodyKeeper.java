package org.treffpunkt.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * Keeps the bytes of a JSON request body (at most {@link RequestSizeLimit#MAX_BODY_BYTES}) while it
 * is read, so that a body that cannot be read into its record can be explained field by field
 * ({@link BodyTypes}).
 */
@Provider
public class BodyKeeper implements ReaderInterceptor {

  static final String ATTRIBUTE = "org.treffpunkt.body";

  @Context HttpServletRequest request;

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    if (context.getMediaType() != null && context.getMediaType().getSubtype().endsWith("json")) {
      byte[] body = context.getInputStream().readNBytes((int) RequestSizeLimit.MAX_BODY_BYTES + 1);
      request.setAttribute(ATTRIBUTE, body);
      context.setInputStream(new ByteArrayInputStream(body));
    }
    return context.proceed();
  }
}
