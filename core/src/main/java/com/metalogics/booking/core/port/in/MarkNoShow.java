package com.metalogics.booking.core.port.in;

/**
 * The admin records that the attendee of a past, confirmed booking did not come. Marking one
 * already marked changes nothing; a cancelled booking is refused with {@code BOOKING_NOT_ACTIVE},
 * one that has not started yet with {@code BOOKING_NOT_PAST}.
 */
public interface MarkNoShow {

  BookingResult handle(MarkNoShowCommand command);
}
