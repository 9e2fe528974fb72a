package com.metalogics.booking.core.port.out;

import com.metalogics.booking.core.domain.Booking;
import java.time.Duration;
import java.util.Objects;

/** What {@link BookingRepository#reserve} checks and inserts as one unit. */
public record Reservation(Booking booking, Duration buffer, FrequencyLimit limit) {

  public Reservation {
    Objects.requireNonNull(booking, "booking");
    Objects.requireNonNull(buffer, "buffer");
    Objects.requireNonNull(limit, "limit");
  }
}
