package org.treffpunkt.security.boundary;

/** Reads an {@code Authorization: Bearer} header (RFC 6750). */
final class BearerToken {

  private BearerToken() {}

  static boolean present(String header) {
    return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7);
  }

  static String value(String header) {
    return header.substring(7).strip();
  }
}
