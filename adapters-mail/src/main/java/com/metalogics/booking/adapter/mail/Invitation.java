package com.metalogics.booking.adapter.mail;

import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.property.Method;
import biweekly.property.Status;
import com.metalogics.booking.core.domain.Booking;
import com.metalogics.booking.core.domain.BookingStatus;
import java.util.Date;

/**
 * The iCalendar ({@code .ics}) invitation attached to every attendee mail. One UID per booking and
 * a sequence per revision, so calendar clients update or cancel the same entry.
 */
final class Invitation {

  private Invitation() {}

  static String of(Booking booking, String organizerEmail, String manageUrl, String title) {
    boolean cancelled = booking.status() == BookingStatus.CANCELLED;
    ICalendar ical = new ICalendar();
    ical.setProductId("-//Metalogics//Booking service//EN");
    ical.setMethod(cancelled ? Method.cancel() : Method.request());
    VEvent event = new VEvent();
    event.setUid(uidOf(booking));
    event.setSequence(booking.revision() - 1);
    event.setDateStart(Date.from(booking.startTime()), true);
    event.setDateEnd(Date.from(booking.endTime()), true);
    event.setSummary(title);
    event.setDescription("Manage your booking: " + manageUrl);
    event.setUrl(manageUrl);
    event.setOrganizer(organizerEmail);
    event.addAttendee(booking.attendee().email());
    event.setStatus(cancelled ? Status.cancelled() : Status.confirmed());
    ical.addEvent(event);
    return ical.write();
  }

  static String uidOf(Booking booking) {
    return booking.id() + "@booking.metalogics";
  }
}
