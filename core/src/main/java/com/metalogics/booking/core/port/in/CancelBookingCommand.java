package com.metalogics.booking.core.port.in;

import java.util.Objects;
import java.util.Optional;

/**
 * @param reason why, in the visitor's words; may span lines
 */
public record CancelBookingCommand(BookingAccess access, Optional<String> reason) {

  public CancelBookingCommand {
    Objects.requireNonNull(access, "access");
    Objects.requireNonNull(reason, "reason");
  }
}
