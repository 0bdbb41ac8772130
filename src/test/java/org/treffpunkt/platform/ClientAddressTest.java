package org.treffpunkt.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ClientAddressTest {

  @Test
  void anIpv6ClientCountsByItsSlash64() {
    assertEquals("2001:db8:1:2::/64", ClientAddress.network("2001:db8:1:2:aaaa:bbbb:cccc:dddd"));
    assertEquals("2001:db8:1:2::/64", ClientAddress.network("2001:0db8:0001:0002::1"));
    assertEquals("2001:db8:1:2::/64", ClientAddress.network("[2001:db8:1:2::1]"));
    assertEquals("fe80:0:0:0::/64", ClientAddress.network("fe80::1%eth0"));
  }

  @Test
  void ipv4AndAnythingElseStaysAsItIs() {
    assertEquals("10.1.2.3", ClientAddress.network("10.1.2.3"));
    assertEquals("not-an-address", ClientAddress.network("not-an-address"));
    assertEquals("example.org:80", ClientAddress.network("example.org:80"));
  }
}
