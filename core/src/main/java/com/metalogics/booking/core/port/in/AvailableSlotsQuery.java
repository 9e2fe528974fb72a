package com.metalogics.booking.core.port.in;

import java.util.Objects;
import java.util.Optional;

/**
 * @param durationMinutes must be one of the event type's durations
 * @param eventType the event type's slug; empty means {@code meeting}, the phase-1 type
 * @param vipToken the token of a VIP link; a flawed or expired one is ignored here
 */
public record AvailableSlotsQuery(
    SlotRange range, int durationMinutes, Optional<String> eventType, Optional<String> vipToken) {

  public AvailableSlotsQuery {
    Objects.requireNonNull(range, "range");
    Objects.requireNonNull(eventType, "eventType");
    Objects.requireNonNull(vipToken, "vipToken");
  }

  /** A query without a VIP link. */
  public AvailableSlotsQuery(SlotRange range, int durationMinutes, Optional<String> eventType) {
    this(range, durationMinutes, eventType, Optional.empty());
  }

  /** A query for the default event type. */
  public AvailableSlotsQuery(SlotRange range, int durationMinutes) {
    this(range, durationMinutes, Optional.empty(), Optional.empty());
  }
}
