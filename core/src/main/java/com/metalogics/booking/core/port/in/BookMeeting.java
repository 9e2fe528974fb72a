package com.metalogics.booking.core.port.in;

/** Book a slot: validate, check limits and conflicts, reserve atomically, then mirror. */
public interface BookMeeting {

  BookingReceipt handle(BookMeetingCommand command);
}
