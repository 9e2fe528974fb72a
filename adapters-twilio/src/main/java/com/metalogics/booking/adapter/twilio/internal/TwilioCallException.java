package com.metalogics.booking.adapter.twilio.internal;

import java.time.Duration;
import java.util.Optional;

/**
 * One failed Twilio call, classified for the resilience policies. Never crosses the port: the
 * adapter turns it into the core's failures.
 */
public final class TwilioCallException extends RuntimeException {

  /** What the failure means for the caller. */
  public enum Kind {
    /** 5xx, I/O error or timeout: retry with backoff. */
    TRANSIENT,
    /** 429: retry after a wait. */
    RATE_LIMITED,
    /** 401 or 403: our credentials; never retried. */
    AUTH,
    /** Any other refusal (400: a number Twilio cannot send to): the same call will not help. */
    REJECTED
  }

  private final Kind kind;
  private final int status;
  private final Optional<Duration> wait;

  public TwilioCallException(
      Kind kind, int status, Optional<Duration> wait, String message, Throwable cause) {
    super(message, cause);
    this.kind = kind;
    this.status = status;
    this.wait = wait;
  }

  public Kind kind() {
    return kind;
  }

  /** The HTTP status, 0 when no answer came. */
  public int status() {
    return status;
  }

  public Optional<Duration> waitHint() {
    return wait;
  }

  public boolean retryable() {
    return kind == Kind.TRANSIENT || kind == Kind.RATE_LIMITED;
  }
}
