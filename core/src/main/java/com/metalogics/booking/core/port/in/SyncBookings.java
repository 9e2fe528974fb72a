package com.metalogics.booking.core.port.in;

import java.util.UUID;

/** Mirror bookings to the calendar, the CRM and the attendee's inbox. */
public interface SyncBookings {

  /** Mirrors one booking now, whatever its schedule. */
  SyncOutcome syncOne(UUID bookingId);

  /** Claims the bookings that are due and mirrors them; safe to run in several processes. */
  SyncReport syncDue();
}
