package com.metalogics.booking.core.port.out;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Which aggregates to read: the business days {@code from} to {@code to}, both included.
 *
 * @param hostId narrows the booking figures; page traffic belongs to event types, not hosts
 */
public record InsightsFilter(
    LocalDate from, LocalDate to, Optional<String> eventType, Optional<String> hostId) {

  public InsightsFilter {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(eventType, "eventType");
    Objects.requireNonNull(hostId, "hostId");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("to must not be before from");
    }
  }
}
