package com.metalogics.booking.adapter.http.webhook;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * Refuses webhook targets inside the network the service runs in: a webhook URL is written by an
 * admin, or by whoever gets hold of the admin key, and must not reach the cloud's metadata service
 * or an internal admin port (SSRF). Every address a name resolves to must be public.
 */
final class TargetGuard {

  static final String NOT_ALLOWED = "target address not allowed (loopback, link-local or private)";

  private TargetGuard() {}

  /** Why {@code host} must not be called; empty when every address it resolves to is public. */
  static Optional<String> refusalOf(String host) {
    InetAddress[] addresses;
    try {
      addresses = InetAddress.getAllByName(host);
    } catch (UnknownHostException e) {
      return Optional.of("host not found");
    }
    for (InetAddress address : addresses) {
      if (!isPublic(address)) {
        return Optional.of(NOT_ALLOWED);
      }
    }
    return Optional.empty();
  }

  static boolean isPublic(InetAddress address) {
    if (address.isLoopbackAddress()
        || address.isAnyLocalAddress()
        || address.isLinkLocalAddress()
        || address.isSiteLocalAddress()
        || address.isMulticastAddress()) {
      return false;
    }
    byte[] bytes = address.getAddress();
    if (address instanceof Inet4Address) {
      int first = bytes[0] & 0xff;
      int second = bytes[1] & 0xff;
      // 0.0.0.0/8 ("this network") and 100.64.0.0/10 (carrier-grade NAT, often internal).
      return first != 0 && !(first == 100 && second >= 64 && second <= 127);
    }
    if (address instanceof Inet6Address) {
      // fc00::/7: unique local addresses, IPv6's private ranges.
      return (bytes[0] & 0xfe) != 0xfc && !isMappedPrivate(bytes);
    }
    return true;
  }

  /** An IPv4-mapped IPv6 address (::ffff:a.b.c.d) is judged by its IPv4 part. */
  private static boolean isMappedPrivate(byte[] bytes) {
    for (int i = 0; i < 10; i++) {
      if (bytes[i] != 0) {
        return false;
      }
    }
    if ((bytes[10] & 0xff) != 0xff || (bytes[11] & 0xff) != 0xff) {
      return false;
    }
    try {
      byte[] v4 = {bytes[12], bytes[13], bytes[14], bytes[15]};
      return !isPublic(InetAddress.getByAddress(v4));
    } catch (UnknownHostException e) {
      return true;
    }
  }
}
