package com.metalogics.booking.core.port.in;

/** The attendee's say over the reminders of one booking. */
public interface ManageReminders {

  /**
   * Stops the SMS reminders of the booking, the pending ones included, for good (a reschedule plans
   * none again). Doing it twice changes nothing.
   *
   * @throws com.metalogics.booking.core.domain.BookingNotFoundException for an unknown booking or a
   *     wrong token
   */
  BookingResult turnOffSms(BookingAccess access);
}
