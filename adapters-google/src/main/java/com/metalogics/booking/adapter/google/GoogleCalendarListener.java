package com.metalogics.booking.adapter.google;

/**
 * Hears what the adapter does, so the application can bridge it to its metrics. Every method
 * defaults to doing nothing; implementations must be quick and thread-safe.
 */
public interface GoogleCalendarListener {

  /** A port call ({@code busyIntervals}, {@code createEvent} ...) finished well. */
  default void callSucceeded(String operation) {}

  /** A port call failed after its retries; {@code kind} is a {@link FailureKind}. */
  default void callFailed(String operation, FailureKind kind) {}

  /** An attempt of a port call is being made again. */
  default void retried(String operation) {}

  default void circuitStateChanged(CircuitState from, CircuitState to) {}

  default void busyCacheHit() {}

  default void busyCacheMiss() {}

  /** The circuit breaker's states, without exposing Failsafe's types. */
  enum CircuitState {
    CLOSED,
    OPEN,
    HALF_OPEN
  }

  /** Why a call failed in the end. */
  enum FailureKind {
    /** Google failed, timed out or throttled us on every attempt. */
    UNAVAILABLE,
    /** The daily quota is used up. */
    QUOTA,
    /** Our credentials or the calendar's sharing were refused. */
    AUTH,
    /** Google refused the request as malformed. */
    REJECTED,
    /** The circuit breaker is open: no request was made. */
    CIRCUIT_OPEN,
    /** The call timeout passed on the last attempt. */
    TIMEOUT
  }
}
