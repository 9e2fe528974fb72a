package com.metalogics.booking.core.availability;

import com.metalogics.booking.core.domain.BusinessHours;
import com.metalogics.booking.core.domain.TimeSlot;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Everything the slot calculation needs, and nothing it would have to fetch.
 *
 * @param range only slots wholly inside it are offered
 * @param earliestStart now plus the minimum advance
 * @param latestStart now plus the maximum advance
 * @param busy calendar busy times and active bookings, in any order, overlaps allowed
 */
public record SlotQuery(
    TimeSlot range,
    Duration duration,
    Duration increment,
    BusinessHours hours,
    Duration buffer,
    Instant earliestStart,
    Instant latestStart,
    List<TimeSlot> busy) {

  public SlotQuery {
    Objects.requireNonNull(range, "range");
    Objects.requireNonNull(duration, "duration");
    Objects.requireNonNull(increment, "increment");
    Objects.requireNonNull(hours, "hours");
    Objects.requireNonNull(buffer, "buffer");
    Objects.requireNonNull(earliestStart, "earliestStart");
    Objects.requireNonNull(latestStart, "latestStart");
    Objects.requireNonNull(busy, "busy");
    if (duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException("duration must be positive");
    }
    if (increment.isNegative() || increment.isZero()) {
      throw new IllegalArgumentException("increment must be positive");
    }
    if (buffer.isNegative()) {
      throw new IllegalArgumentException("buffer must not be negative");
    }
    busy = List.copyOf(busy);
  }
}
