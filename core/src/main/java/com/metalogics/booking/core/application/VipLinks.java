package com.metalogics.booking.core.application;

import com.metalogics.booking.core.domain.VipLink;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs and checks VIP link tokens: {@code base64url(payload).base64url(HMAC-SHA256(payload))}, the
 * payload naming the version, tier, e-mail (or none) and expiry. The key is derived from the
 * manage-token secret, so one secret serves both and neither token can stand for the other. Tags
 * are compared in constant time.
 */
final class VipLinks {

  /** Why a token does not count. */
  enum Flaw {
    MALFORMED,
    TAMPERED,
    EXPIRED
  }

  /** A token checked: the link it carries, or why it does not count. */
  record Checked(Optional<VipLink> link, Optional<Flaw> flaw) {}

  private static final String VERSION = "v1";
  private static final int MAX_TOKEN = 2048;
  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

  private final SecretKeySpec key;

  /** A Mac is not thread-safe and costly to look up: one keyed instance per thread. */
  private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);

  VipLinks(byte[] manageTokenSecret) {
    this.key = new SecretKeySpec(derive(manageTokenSecret), "HmacSHA256");
  }

  String issue(VipLink link) {
    String payload =
        String.join(
            "\n",
            VERSION,
            link.tierId(),
            link.email().orElse(""),
            Long.toString(link.expiresAt().getEpochSecond()));
    byte[] bytes = payload.getBytes(StandardCharsets.UTF_8);
    return ENCODER.encodeToString(bytes) + "." + ENCODER.encodeToString(tag(bytes));
  }

  Checked check(String token, Instant now) {
    Optional<byte[][]> parts = split(token);
    if (parts.isEmpty()) {
      return flawed(Flaw.MALFORMED);
    }
    byte[] payload = parts.get()[0];
    if (!MessageDigest.isEqual(tag(payload), parts.get()[1])) {
      return flawed(Flaw.TAMPERED);
    }
    String[] fields = new String(payload, StandardCharsets.UTF_8).split("\n", -1);
    if (fields.length != 4 || !VERSION.equals(fields[0])) {
      return flawed(Flaw.MALFORMED);
    }
    Instant expiresAt;
    try {
      expiresAt = Instant.ofEpochSecond(Long.parseLong(fields[3]));
    } catch (NumberFormatException | DateTimeException e) {
      return flawed(Flaw.MALFORMED);
    }
    if (!now.isBefore(expiresAt)) {
      return flawed(Flaw.EXPIRED);
    }
    Optional<String> email = Optional.of(fields[2]).filter(e -> !e.isEmpty());
    return new Checked(Optional.of(new VipLink(fields[1], email, expiresAt)), Optional.empty());
  }

  private static Checked flawed(Flaw flaw) {
    return new Checked(Optional.empty(), Optional.of(flaw));
  }

  private static Optional<byte[][]> split(String token) {
    int dot = token.indexOf('.');
    if (token.length() > MAX_TOKEN || dot < 1 || dot != token.lastIndexOf('.')) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          new byte[][] {
            DECODER.decode(token.substring(0, dot)), DECODER.decode(token.substring(dot + 1))
          });
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private byte[] tag(byte[] payload) {
    return macs.get().doFinal(payload);
  }

  private Mac newMac() {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return mac;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }

  private static byte[] derive(byte[] secret) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.clone(), "HmacSHA256"));
      return mac.doFinal("vip-link".getBytes(StandardCharsets.US_ASCII));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }
}
