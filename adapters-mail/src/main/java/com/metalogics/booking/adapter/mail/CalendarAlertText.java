package com.metalogics.booking.adapter.mail;

import com.metalogics.booking.core.domain.Booking;
import com.metalogics.booking.core.port.out.AdminAlert;

/** The admin's mails about what the hosts' calendars did to bookings. */
final class CalendarAlertText {

  private CalendarAlertText() {}

  static String conflicted(AdminAlert.BookingConflicted alert) {
    Booking b = alert.booking();
    return "An event was put into the host's calendar over a confirmed booking.\n\n"
        + "Booking: "
        + b.id()
        + "\nHost: "
        + b.placement().hostId()
        + "\nBooking time: "
        + b.startTime()
        + " to "
        + b.endTime()
        + "\nCalendar event: "
        + alert.conflict().eventTime().start()
        + " to "
        + alert.conflict().eventTime().end()
        + "\n\nThe booking still stands and is marked as conflicted on the admin page"
        + " (Conflicts). The mark clears by itself when the event is moved away or deleted.\n";
  }

  static String reassigned(AdminAlert.BookingReassigned alert) {
    Booking b = alert.booking();
    return "An event was put into the host's calendar over a confirmed round-robin booking, and"
        + " the booking was reassigned to another free host of the pool at the same time.\n\n"
        + "Booking: "
        + b.id()
        + "\nFormer host: "
        + alert.formerHostId()
        + "\nNew host: "
        + b.placement().hostId()
        + "\nBooking time: "
        + b.startTime()
        + " to "
        + b.endTime()
        + "\nCalendar event: "
        + alert.conflict().eventTime().start()
        + " to "
        + alert.conflict().eventTime().end()
        + "\n\nThe calendar event moved to the new host's calendar and the attendee was told.\n";
  }

  static String deleted(AdminAlert.CalendarEventDeleted alert) {
    Booking b = alert.booking();
    return "The calendar event of a confirmed booking was deleted in the host's calendar, not"
        + " by this service.\n\nBooking: "
        + b.id()
        + "\nHost: "
        + b.placement().hostId()
        + "\nBooking time: "
        + b.startTime()
        + " to "
        + b.endTime()
        + "\n\nThe event is not made again: if the meeting is off, cancel the booking so that"
        + " the attendee is told.\n";
  }
}
