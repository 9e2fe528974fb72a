package com.metalogics.booking.core.domain;

import java.time.Duration;
import java.util.Map;

/** Too many requests from one client; {@link #retryAfter()} says when to come back. */
public final class RateLimitedException extends BookingException {

  private final Duration retryAfter;

  public RateLimitedException(Duration retryAfter) {
    super(ErrorCode.RATE_LIMITED, "Too many requests, retry later");
    this.retryAfter = retryAfter;
  }

  public Duration retryAfter() {
    return retryAfter;
  }

  @Override
  public Map<String, Object> details() {
    return Map.of("retryAfterSeconds", Math.max(1, retryAfter.toSeconds()));
  }
}
