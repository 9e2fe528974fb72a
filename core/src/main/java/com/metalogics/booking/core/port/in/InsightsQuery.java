package com.metalogics.booking.core.port.in;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** Business days {@code from} to {@code to} (both included), optionally of one type or host. */
public record InsightsQuery(
    LocalDate from, LocalDate to, Optional<String> eventType, Optional<String> host) {

  public InsightsQuery {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(eventType, "eventType");
    Objects.requireNonNull(host, "host");
  }
}
