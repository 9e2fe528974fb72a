package com.metalogics.booking.core.port.in;

import java.util.Objects;
import java.util.Optional;

/**
 * @param durationMinutes must be one of the event type's durations
 * @param eventType the event type's slug; empty means {@code meeting}, the phase-1 type
 */
public record AvailableSlotsQuery(
    SlotRange range, int durationMinutes, Optional<String> eventType) {

  public AvailableSlotsQuery {
    Objects.requireNonNull(range, "range");
    Objects.requireNonNull(eventType, "eventType");
  }

  /** A query for the default event type. */
  public AvailableSlotsQuery(SlotRange range, int durationMinutes) {
    this(range, durationMinutes, Optional.empty());
  }
}
