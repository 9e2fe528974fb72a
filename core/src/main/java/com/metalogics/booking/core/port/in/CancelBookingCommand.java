package com.metalogics.booking.core.port.in;

import java.util.Objects;
import java.util.Optional;

public record CancelBookingCommand(BookingAccess access, Optional<String> reason) {

  public CancelBookingCommand {
    Objects.requireNonNull(access, "access");
    reason = reason == null ? Optional.empty() : reason;
  }
}
