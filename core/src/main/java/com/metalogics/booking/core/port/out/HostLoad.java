package com.metalogics.booking.core.port.out;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A host's share so far: the confirmed bookings of the type they take that were made in the
 * fairness period, and when the latest of them was made.
 */
public record HostLoad(int bookings, Optional<Instant> lastBooked) {

  public static final HostLoad NONE = new HostLoad(0, Optional.empty());

  public HostLoad {
    Objects.requireNonNull(lastBooked, "lastBooked");
    if (bookings < 0) {
      throw new IllegalArgumentException("bookings must not be negative");
    }
  }
}
