package com.metalogics.booking.core.port.in;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * @param startTime the new start; may be null here and is then reported as a validation error
 * @param durationMinutes the new duration; empty keeps the current one
 */
public record RescheduleBookingCommand(
    BookingAccess access, Instant startTime, Optional<Integer> durationMinutes) {

  public RescheduleBookingCommand {
    Objects.requireNonNull(access, "access");
    durationMinutes = durationMinutes == null ? Optional.empty() : durationMinutes;
  }
}
