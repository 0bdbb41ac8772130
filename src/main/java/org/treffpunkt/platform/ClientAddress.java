package org.treffpunkt.platform;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The address of the client, for rate limits. Behind a load balancer the client is in {@code X-Forwarded-For}, which
 * is believed only when the request comes from one of {@code TREFFPUNKT_TRUSTED_PROXIES} (comma-separated addresses).
 */
public final class ClientAddress {

  private ClientAddress() {}

  public static String of(HttpServletRequest request, Set<String> trustedProxies) {
    String remote = request.getRemoteAddr();
    String forwarded = request.getHeader("X-Forwarded-For");
    if (forwarded == null || !trustedProxies.contains(remote)) {
      return remote;
    }
    // the right-most address not belonging to a trusted proxy is the client
    String[] hops = forwarded.split(",");
    for (int i = hops.length - 1; i >= 0; i--) {
      String hop = hops[i].strip();
      if (!hop.isEmpty() && !trustedProxies.contains(hop)) {
        return hop;
      }
    }
    return remote;
  }

  static Set<String> parse(String list) {
    return list == null
        ? Set.of()
        : Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
  }
}
