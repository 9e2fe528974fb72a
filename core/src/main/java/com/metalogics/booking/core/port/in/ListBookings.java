package com.metalogics.booking.core.port.in;

import com.metalogics.booking.core.port.out.BookingPage;
import com.metalogics.booking.core.port.out.BookingQuery;

/** The admin's list of bookings: filtered, searched, sorted and paginated by cursor. */
public interface ListBookings {

  /**
   * @throws com.metalogics.booking.core.domain.InvalidDateRangeException when {@code from} is not
   *     before {@code to}
   */
  BookingPage handle(BookingQuery query);
}
