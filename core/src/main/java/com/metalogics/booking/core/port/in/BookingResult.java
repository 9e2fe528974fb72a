package com.metalogics.booking.core.port.in;

import com.metalogics.booking.core.domain.Booking;
import java.util.List;
import java.util.Objects;

/** A booking as it is now, with warnings about what is not mirrored yet. */
public record BookingResult(Booking booking, List<Warning> warnings) {

  public BookingResult {
    Objects.requireNonNull(booking, "booking");
    warnings = List.copyOf(warnings);
  }
}
