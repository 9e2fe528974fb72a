package com.metalogics.booking.core.domain;

/** Credentials are missing or wrong for an admin operation. */
public final class UnauthorizedException extends BookingException {

  public UnauthorizedException(String message) {
    super(ErrorCode.UNAUTHORIZED, message);
  }
}
