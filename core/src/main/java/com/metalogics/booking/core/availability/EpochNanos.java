package com.metalogics.booking.core.availability;

import java.time.Instant;

/** Instants as nanoseconds since the epoch: the slot engines compare primitive timestamps. */
final class EpochNanos {

  static final long PER_SECOND = 1_000_000_000L;

  private EpochNanos() {}

  /** Saturated: instants past year 2262 only serve as bounds. */
  static long of(Instant instant) {
    long seconds = instant.getEpochSecond();
    if (seconds >= Long.MAX_VALUE / PER_SECOND) {
      return Long.MAX_VALUE / 2;
    }
    if (seconds <= Long.MIN_VALUE / PER_SECOND) {
      return Long.MIN_VALUE / 2;
    }
    return seconds * PER_SECOND + instant.getNano();
  }

  static Instant toInstant(long nanos) {
    return Instant.ofEpochSecond(
        Math.floorDiv(nanos, PER_SECOND), Math.floorMod(nanos, PER_SECOND));
  }
}
