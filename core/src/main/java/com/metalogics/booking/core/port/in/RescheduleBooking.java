package com.metalogics.booking.core.port.in;

/** Move a booking to another slot, with the same checks as booking it. */
public interface RescheduleBooking {

  BookingResult handle(RescheduleBookingCommand command);
}
