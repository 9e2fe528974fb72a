package com.metalogics.booking.core.port.in;

/** One booking, for its manage-token holder or the admin. */
public interface GetBooking {

  BookingResult handle(BookingAccess access);
}
