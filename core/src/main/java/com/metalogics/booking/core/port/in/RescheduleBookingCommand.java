package com.metalogics.booking.core.port.in;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * @param startTime the new start; empty is reported as a validation error
 * @param durationMinutes the new duration; empty keeps the current one
 */
public record RescheduleBookingCommand(
    BookingAccess access, Optional<Instant> startTime, Optional<Integer> durationMinutes) {

  public RescheduleBookingCommand {
    Objects.requireNonNull(access, "access");
    Objects.requireNonNull(startTime, "startTime");
    Objects.requireNonNull(durationMinutes, "durationMinutes");
  }

  /** A move to {@code startTime}, with a new duration or the current one. */
  public RescheduleBookingCommand(
      BookingAccess access, Instant startTime, Optional<Integer> durationMinutes) {
    this(access, Optional.of(startTime), durationMinutes);
  }
}
