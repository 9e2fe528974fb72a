package com.metalogics.booking.core.port.in;

/** Cancel a booking; cancelling it again returns it unchanged. */
public interface CancelBooking {

  BookingResult handle(CancelBookingCommand command);
}
