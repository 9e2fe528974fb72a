package com.metalogics.booking.core.port.in;

import java.util.Objects;
import java.util.UUID;

public record MarkNoShowCommand(UUID bookingId) {

  public MarkNoShowCommand {
    Objects.requireNonNull(bookingId, "bookingId");
  }
}
