package com.metalogics.booking.core.port.out;

import com.metalogics.booking.core.domain.Booking;
import java.util.Objects;
import java.util.Optional;

/**
 * A booking change that is about to be stored, as {@link EffectPlanner}s see it.
 *
 * @param booking the booking after the change
 * @param previous the booking before it; empty for a new booking
 */
public record BookingChange(Booking booking, Optional<Booking> previous, Kind kind) {

  public enum Kind {
    CREATED,
    RESCHEDULED,
    CANCELLED
  }

  public BookingChange {
    Objects.requireNonNull(booking, "booking");
    Objects.requireNonNull(previous, "previous");
    Objects.requireNonNull(kind, "kind");
    if (previous.isEmpty() != (kind == Kind.CREATED)) {
      throw new IllegalArgumentException("previous is given exactly when the booking changed");
    }
  }
}
