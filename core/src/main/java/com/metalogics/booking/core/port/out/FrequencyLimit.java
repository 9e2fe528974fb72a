package com.metalogics.booking.core.port.out;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * At most {@code maxBookings} non-cancelled bookings per normalised e-mail created at or after
 * {@code windowStart}; counted over the bookings of {@code eventType} when it is present, else over
 * all.
 */
public record FrequencyLimit(
    int maxBookings, Instant windowStart, int windowDays, Optional<String> eventType) {

  public FrequencyLimit {
    Objects.requireNonNull(windowStart, "windowStart");
    Objects.requireNonNull(eventType, "eventType");
    if (maxBookings < 0) {
      throw new IllegalArgumentException("maxBookings must not be negative");
    }
  }

  /** A limit over the bookings of every event type. */
  public FrequencyLimit(int maxBookings, Instant windowStart, int windowDays) {
    this(maxBookings, windowStart, windowDays, Optional.empty());
  }
}
