package com.metalogics.booking.core.port.in;

import com.metalogics.booking.core.port.out.BookingPage;
import com.metalogics.booking.core.port.out.BookingQuery;

/** The admin's list of bookings, filtered and paginated by cursor. */
public interface ListBookings {

  BookingPage handle(BookingQuery query);
}
