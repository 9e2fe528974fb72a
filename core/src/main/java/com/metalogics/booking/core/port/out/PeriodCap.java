package com.metalogics.booking.core.port.out;

import java.time.Instant;
import java.util.Objects;

/**
 * At most {@code max} confirmed bookings of {@code eventType} starting in {@code [from, to)}: one
 * day, week or month of an event type's limits, already turned into instants in the schedule's
 * zone. A reservation that would make it {@code max + 1} is refused with {@code LIMIT_REACHED}.
 */
public record PeriodCap(String eventType, Instant from, Instant to, int max) {

  public PeriodCap {
    Objects.requireNonNull(eventType, "eventType");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (!from.isBefore(to)) {
      throw new IllegalArgumentException("from must be before to");
    }
    if (max < 0) {
      throw new IllegalArgumentException("max must not be negative");
    }
  }
}
