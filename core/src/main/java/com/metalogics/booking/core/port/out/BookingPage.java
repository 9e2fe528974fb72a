package com.metalogics.booking.core.port.out;

import com.metalogics.booking.core.domain.Booking;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** One page of the admin list; {@code next} is present when more bookings follow. */
public record BookingPage(List<Booking> bookings, Optional<BookingCursor> next) {

  public BookingPage {
    bookings = List.copyOf(bookings);
    Objects.requireNonNull(next, "next");
  }
}
