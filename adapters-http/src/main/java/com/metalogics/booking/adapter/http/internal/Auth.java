package com.metalogics.booking.adapter.http.internal;

import com.metalogics.booking.core.domain.BookingNotFoundException;
import com.metalogics.booking.core.domain.ErrorCode;
import com.metalogics.booking.core.domain.UnauthorizedException;
import com.metalogics.booking.core.port.in.BookingAccess;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** Bearer tokens: the admin key, or a booking's manage token. */
public final class Auth {

  /** The name of the one admin key, as the audit log records who made a change. */
  public static final String ADMIN_ACTOR = "admin";

  private static final String BEARER = "bearer ";

  private final Optional<byte[]> adminKey;

  public Auth(Optional<String> adminKey) {
    this.adminKey = adminKey.map(k -> k.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Admin routes: off (404, as if they did not exist) without a configured key; 401 when the key is
   * missing or wrong.
   */
  public void requireAdmin(Context ctx) {
    if (adminKey.isEmpty()) {
      throw new ApiException(ErrorCode.NOT_FOUND, "Not found");
    }
    if (!isAdmin(bearer(ctx))) {
      throw new UnauthorizedException("A valid admin key is required");
    }
  }

  /** Who asks for booking {@code id}; no token at all is answered like an unknown id. */
  public BookingAccess bookingAccess(Context ctx, UUID id) {
    Optional<String> token = bearer(ctx);
    if (token.isEmpty()) {
      throw new BookingNotFoundException(id);
    }
    return isAdmin(token) ? BookingAccess.admin(id) : BookingAccess.withToken(id, token.get());
  }

  private boolean isAdmin(Optional<String> token) {
    return adminKey.isPresent()
        && token.isPresent()
        && MessageDigest.isEqual(adminKey.get(), token.get().getBytes(StandardCharsets.UTF_8));
  }

  private static Optional<String> bearer(Context ctx) {
    String header = ctx.header("Authorization");
    if (header == null || header.length() <= BEARER.length()) {
      return Optional.empty();
    }
    if (!header.substring(0, BEARER.length()).toLowerCase(Locale.ROOT).equals(BEARER)) {
      return Optional.empty();
    }
    String token = header.substring(BEARER.length()).trim();
    return token.isEmpty() ? Optional.empty() : Optional.of(token);
  }
}
