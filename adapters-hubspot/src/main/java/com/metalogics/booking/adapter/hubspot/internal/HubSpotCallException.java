package com.metalogics.booking.adapter.hubspot.internal;

import java.time.Duration;
import java.util.Optional;

/**
 * One failed HubSpot call, classified for the resilience policies. Never crosses the port: the
 * adapter translates it into the core's {@code IntegrationException}.
 */
public final class HubSpotCallException extends RuntimeException {

  /** What the failure means for the caller. */
  public enum Kind {
    /** 5xx, I/O error or timeout: retry with backoff. */
    TRANSIENT,
    /** 429: retry after the wait HubSpot asked for. */
    RATE_LIMITED,
    /** 401 or 403: our token or its scopes; never retried. */
    AUTH,
    /** 409: the object exists already. */
    CONFLICT,
    /** 404: no such object. */
    NOT_FOUND,
    /** Any other refusal (400, a daily limit): retrying the same call will not help. */
    REJECTED
  }

  private final Kind kind;
  private final int status;
  private final Optional<Duration> wait;

  public HubSpotCallException(
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

  /** For {@link Kind#RATE_LIMITED}: how long HubSpot asked us to wait, when it said. */
  public Optional<Duration> waitHint() {
    return wait;
  }

  public boolean retryable() {
    return kind == Kind.TRANSIENT || kind == Kind.RATE_LIMITED;
  }
}
