package com.metalogics.booking.core.port.in;

import com.metalogics.booking.core.domain.Booking;
import java.util.List;
import java.util.Objects;

/**
 * A booking just made (or replayed for the same idempotency key).
 *
 * @param manageToken the secret that lets the attendee see, cancel and reschedule; shown once
 * @param replayed true when an earlier booking was returned for the same idempotency key
 */
public record BookingReceipt(
    Booking booking, String manageToken, List<Warning> warnings, boolean replayed) {

  public BookingReceipt {
    Objects.requireNonNull(booking, "booking");
    Objects.requireNonNull(manageToken, "manageToken");
    warnings = List.copyOf(warnings);
  }

  @Override
  public String toString() {
    return "BookingReceipt[booking=" + booking.id() + ", warnings=" + warnings + "]";
  }
}
