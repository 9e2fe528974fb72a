package com.metalogics.booking.adapter.google.internal;

import com.metalogics.booking.core.domain.IntegrationException;

/**
 * One failed attempt, classified so that the retry policy, the circuit breaker and the port
 * boundary all agree on what it means.
 */
final class GoogleFailure extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** What kind of failure, and so what to do about it. */
  public enum Kind {
    /** Google is down, slow or throttling us for a moment: retry with backoff. */
    TRANSIENT(true, true),
    /** The daily quota is gone: retrying today will not help, but it is Google's side. */
    QUOTA(false, true),
    /** Our credentials or the calendar's sharing were refused: only a fix helps. */
    AUTH(false, false),
    /** Google refused the request itself (400 and the like): a bug, not an outage. */
    REJECTED(false, false);

    private final boolean retryable;
    private final boolean outage;

    Kind(boolean retryable, boolean outage) {
      this.retryable = retryable;
      this.outage = outage;
    }
  }

  private final Kind kind;

  public GoogleFailure(Kind kind, String message, Throwable cause) {
    super(message, cause);
    this.kind = kind;
  }

  public Kind kind() {
    return kind;
  }

  public boolean retryable() {
    return kind.retryable;
  }

  /** Whether it tells about Google's health, so the circuit breaker should count it. */
  public boolean outage() {
    return kind.outage;
  }

  public IntegrationException toPortException(String operation) {
    String text = "Google Calendar " + operation + " failed: " + getMessage();
    return kind == Kind.AUTH
        ? IntegrationException.calendarAuth(text, this)
        : IntegrationException.calendar(text, this);
  }
}
