package com.metalogics.booking.core.port.out;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * At most {@code max} confirmed bookings of {@code eventType} starting in {@code [from, to)}: one
 * day, week or month of an event type's limits, already turned into instants in the schedule's
 * zone. A reservation that would make it {@code max + 1} is refused with {@code LIMIT_REACHED}.
 *
 * @param hostId present for a limit per host: only the bookings that host takes count
 */
public record PeriodCap(
    String eventType, Instant from, Instant to, int max, Optional<String> hostId) {

  public PeriodCap {
    Objects.requireNonNull(eventType, "eventType");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(hostId, "hostId");
    if (!from.isBefore(to)) {
      throw new IllegalArgumentException("from must be before to");
    }
    if (max < 0) {
      throw new IllegalArgumentException("max must not be negative");
    }
  }

  /** A limit of the whole event type. */
  public PeriodCap(String eventType, Instant from, Instant to, int max) {
    this(eventType, from, to, max, Optional.empty());
  }

  /** The same period and maximum for {@code host}'s bookings. */
  public PeriodCap forHost(String host) {
    return new PeriodCap(eventType, from, to, max, Optional.of(host));
  }
}
