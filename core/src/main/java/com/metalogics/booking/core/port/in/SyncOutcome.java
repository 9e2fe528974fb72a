package com.metalogics.booking.core.port.in;

import com.metalogics.booking.core.domain.Booking;
import java.util.List;
import java.util.Objects;

/**
 * The booking after one sync attempt; {@code warnings} lists what a switched-on integration does
 * not show yet.
 */
public record SyncOutcome(Booking booking, List<Warning> warnings) {

  public SyncOutcome {
    Objects.requireNonNull(booking, "booking");
    warnings = List.copyOf(warnings);
  }

  /** Every switched-on integration shows the booking; switched-off ones wait for nothing. */
  public boolean complete() {
    return warnings.isEmpty();
  }
}
