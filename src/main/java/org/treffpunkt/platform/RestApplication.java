package org.treffpunkt.platform;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The JSON API under {@code /api}; resources and providers are discovered by CDI scanning. */
@ApplicationPath("api")
public class RestApplication extends Application {}
