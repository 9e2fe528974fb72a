package com.metalogics.booking.core.port.out;

import com.metalogics.booking.core.domain.Booking;
import java.util.Objects;

/** A booking that still could not be mirrored after the last allowed attempt. */
public record AdminAlert(Booking booking, String problem) {

  public AdminAlert {
    Objects.requireNonNull(booking, "booking");
    Objects.requireNonNull(problem, "problem");
  }
}
