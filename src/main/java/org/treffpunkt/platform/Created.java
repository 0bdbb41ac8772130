package org.treffpunkt.platform;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * 201 Created with the new resource's {@code Location} (the request path plus its id) and its
 * representation.
 */
public final class Created {

  private Created() {}

  public static Response at(UriInfo uri, Object id, Object entity) {
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(id)).build())
        .entity(entity)
        .build();
  }
}
