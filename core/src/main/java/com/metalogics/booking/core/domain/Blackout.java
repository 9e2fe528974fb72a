package com.metalogics.booking.core.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Dates closed from {@code from} to {@code to}, both included: a holiday, a vacation. Order and
 * reason are checked by the {@link Schedule} holding the period.
 */
public record Blackout(LocalDate from, LocalDate to, String reason) {

  public Blackout {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(reason, "reason");
  }

  public boolean covers(LocalDate date) {
    return !date.isBefore(from) && !date.isAfter(to);
  }
}
