package com.metalogics.booking.core.port.in;

import com.metalogics.booking.core.domain.Booking;
import java.util.List;
import java.util.Objects;

/** The booking after one sync attempt; {@code warnings} lists what is still pending. */
public record SyncOutcome(Booking booking, List<Warning> warnings) {

  public SyncOutcome {
    Objects.requireNonNull(booking, "booking");
    warnings = List.copyOf(warnings);
  }

  public boolean complete() {
    return !booking.sync().needsSync();
  }
}
