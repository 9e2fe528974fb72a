package com.metalogics.booking.core.port.out;

import java.time.Instant;
import java.util.Objects;

/**
 * At most {@code maxBookings} non-cancelled bookings per normalised e-mail created at or after
 * {@code windowStart}.
 */
public record FrequencyLimit(int maxBookings, Instant windowStart, int windowDays) {

  public FrequencyLimit {
    Objects.requireNonNull(windowStart, "windowStart");
    if (maxBookings < 0) {
      throw new IllegalArgumentException("maxBookings must not be negative");
    }
  }
}
