package com.metalogics.booking.core.port.out;

import com.metalogics.booking.core.domain.Booking;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What {@link BookingRepository#reserve} checks and inserts as one unit.
 *
 * @param buffer free time kept on both sides of the new booking: no active booking of the same host
 *     may overlap the slot widened by it
 * @param caps the event type's booking limits for the periods the slot starts in; each is checked
 *     under the same lock as the overlap
 */
public record Reservation(
    Booking booking, Duration buffer, FrequencyLimit limit, List<PeriodCap> caps) {

  public Reservation {
    Objects.requireNonNull(booking, "booking");
    Objects.requireNonNull(buffer, "buffer");
    Objects.requireNonNull(limit, "limit");
    caps = List.copyOf(caps);
  }

  /** A reservation without period limits. */
  public Reservation(Booking booking, Duration buffer, FrequencyLimit limit) {
    this(booking, buffer, limit, List.of());
  }
}
