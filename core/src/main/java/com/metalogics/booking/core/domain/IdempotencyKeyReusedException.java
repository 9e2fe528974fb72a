package com.metalogics.booking.core.domain;

/** The idempotency key was used before for a request with another body. */
public final class IdempotencyKeyReusedException extends BookingException {

  public IdempotencyKeyReusedException() {
    super(
        ErrorCode.IDEMPOTENCY_KEY_REUSED,
        "This Idempotency-Key was already used for a different request");
  }
}
