package com.metalogics.booking.core.application;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Manage tokens are an HMAC of the booking id under a server secret, so the sync worker can put the
 * manage link into a retried mail without the token ever being stored. Storage keeps only a SHA-256
 * hash, and checks compare in constant time.
 */
public final class ManageTokens {

  private static final int MIN_SECRET_BYTES = 32;
  private final SecretKeySpec key;

  /** A Mac is not thread-safe and costly to look up: one keyed instance per thread. */
  private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);

  /**
   * The same for the digest of a stored token's hash: every booking and every manage request takes
   * one, and looking SHA-256 up in the providers cost as much as the hash itself.
   */
  private static final ThreadLocal<MessageDigest> SHA_256 =
      ThreadLocal.withInitial(ManageTokens::newDigest);

  public ManageTokens(byte[] secret) {
    if (secret.length < MIN_SECRET_BYTES) {
      throw new IllegalArgumentException(
          "the manage-token secret needs at least " + MIN_SECRET_BYTES + " bytes");
    }
    this.key = new SecretKeySpec(secret.clone(), "HmacSHA256");
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

  public String issue(UUID bookingId) {
    byte[] tag = macs.get().doFinal(bookingId.toString().getBytes(StandardCharsets.US_ASCII));
    return Base64.getUrlEncoder().withoutPadding().encodeToString(tag);
  }

  public static String hash(String token) {
    byte[] digest = SHA_256.get().digest(token.getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(digest);
  }

  private static MessageDigest newDigest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  public static boolean matches(String token, String storedHash) {
    byte[] actual = hash(token).getBytes(StandardCharsets.US_ASCII);
    byte[] expected = storedHash.getBytes(StandardCharsets.US_ASCII);
    return MessageDigest.isEqual(actual, expected);
  }
}
