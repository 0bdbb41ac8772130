package org.treffpunkt.security.boundary;

import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/** Reads an HTTP Basic {@code Authorization} header (RFC 7617, UTF-8). */
final class BasicCredentials {

  private BasicCredentials() {}

  static boolean present(String header) {
    return header != null && header.regionMatches(true, 0, "Basic ", 0, 6);
  }

  /** The credential in the header, or empty if the header is not well-formed Basic. */
  static Optional<UsernamePasswordCredential> parse(String header) {
    if (!present(header)) {
      return Optional.empty();
    }
    String decoded;
    try {
      decoded =
          new String(
              Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException notBase64) {
      return Optional.empty();
    }
    int colon = decoded.indexOf(':');
    if (colon <= 0) {
      return Optional.empty();
    }
    return Optional.of(
        new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1)));
  }
}
