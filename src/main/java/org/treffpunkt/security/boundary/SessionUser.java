package org.treffpunkt.security.boundary;

import java.io.Serializable;

/** Who logged in with the form, kept in the (replicable) HTTP session; only the name, never a password. */
record SessionUser(String username) implements Serializable {
  static final String ATTRIBUTE = "treffpunkt.user";
}
