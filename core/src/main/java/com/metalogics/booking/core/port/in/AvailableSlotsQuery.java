package com.metalogics.booking.core.port.in;

import java.util.Objects;

/**
 * @param durationMinutes must be one of the allowed durations
 */
public record AvailableSlotsQuery(SlotRange range, int durationMinutes) {

  public AvailableSlotsQuery {
    Objects.requireNonNull(range, "range");
  }
}
