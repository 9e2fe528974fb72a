package com.metalogics.booking.core.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The {@code Booking-Signature} header of a webhook delivery: {@code t=<unix seconds>,v1=<hex
 * HMAC-SHA256 of "<t>.<body>">}. Signing the timestamp with the body lets a receiver refuse a
 * replayed delivery by its age without trusting any unsigned field.
 */
public final class WebhookSignature {

  public static final String HEADER = "Booking-Signature";
  public static final String EVENT_ID_HEADER = "Booking-Event-Id";

  /** How old a delivery a receiver should still accept; the documented receivers use it. */
  public static final Duration DEFAULT_TOLERANCE = Duration.ofMinutes(5);

  private static final String ALGORITHM = "HmacSHA256";

  private WebhookSignature() {}

  /** The header value for {@code body} sent at {@code at}. */
  public static String sign(String secret, Instant at, String body) {
    long seconds = at.getEpochSecond();
    return "t=" + seconds + ",v1=" + HexFormat.of().formatHex(mac(secret, seconds, body));
  }

  /**
   * True when {@code header} signs {@code body} with {@code secret} and its timestamp is at most
   * {@code tolerance} away from {@code now}. The comparison takes the same time however many
   * leading bytes match.
   */
  public static boolean verify(
      String header, String secret, String body, Instant now, Duration tolerance) {
    Optional<Parsed> parsed = parse(header);
    if (parsed.isEmpty()) {
      return false;
    }
    long age = Math.abs(now.getEpochSecond() - parsed.get().seconds());
    if (age > tolerance.toSeconds()) {
      return false;
    }
    return MessageDigest.isEqual(mac(secret, parsed.get().seconds(), body), parsed.get().mac());
  }

  private record Parsed(long seconds, byte[] mac) {}

  private static Optional<Parsed> parse(String header) {
    Long seconds = null;
    byte[] mac = null;
    for (String part : header.split(",")) {
      int eq = part.indexOf('=');
      if (eq < 0) {
        return Optional.empty();
      }
      String name = part.substring(0, eq).trim();
      String value = part.substring(eq + 1).trim();
      try {
        if (name.equals("t")) {
          seconds = Long.parseLong(value);
        } else if (name.equals("v1")) {
          mac = HexFormat.of().parseHex(value);
        }
      } catch (IllegalArgumentException e) {
        return Optional.empty();
      }
    }
    return seconds == null || mac == null
        ? Optional.empty()
        : Optional.of(new Parsed(seconds, mac));
  }

  private static byte[] mac(String secret, long seconds, String body) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM));
      return mac.doFinal((seconds + "." + body).getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }
}
