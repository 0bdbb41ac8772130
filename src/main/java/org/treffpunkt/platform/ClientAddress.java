package org.treffpunkt.platform;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The address of the client, for rate limits and the login throttle. Behind a load balancer the
 * client is in {@code X-Forwarded-For}, which is believed only when the request comes from one of
 * {@code TREFFPUNKT_TRUSTED_PROXIES} (comma-separated addresses). An IPv6 client counts by its /64
 * network: one household or one attacker usually holds a whole /64.
 */
public final class ClientAddress {

  private ClientAddress() {}

  public static String of(HttpServletRequest request, Set<String> trustedProxies) {
    return network(hop(request, trustedProxies));
  }

  private static String hop(HttpServletRequest request, Set<String> trustedProxies) {
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

  /** An IPv6 address as its /64 network; anything else as it is. Never resolves a name. */
  static String network(String address) {
    String literal =
        address.startsWith("[") && address.endsWith("]")
            ? address.substring(1, address.length() - 1)
            : address;
    int zone = literal.indexOf('%');
    if (zone >= 0) {
      literal = literal.substring(0, zone);
    }
    if (!literal.contains(":") || !literal.matches("[0-9A-Fa-f:.]+")) {
      return address;
    }
    try {
      byte[] bytes = java.net.InetAddress.getByName(literal).getAddress();
      if (bytes.length != 16) {
        return address;
      }
      StringBuilder network = new StringBuilder();
      for (int i = 0; i < 8; i += 2) {
        network
            .append(Integer.toHexString(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff)))
            .append(':');
      }
      return network.append(":/64").toString();
    } catch (java.net.UnknownHostException notAnAddress) {
      return address;
    }
  }

  static Set<String> parse(String list) {
    return list == null
        ? Set.of()
        : Arrays.stream(list.split(","))
            .map(String::strip)
            .filter(s -> !s.isEmpty())
            .collect(Collectors.toSet());
  }
}
