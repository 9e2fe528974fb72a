package com.metalogics.booking.core.port.in;

import java.util.UUID;

/** Run the effects of booking changes: the calendar, the CRM, the attendee's inbox and more. */
public interface SyncBookings {

  /**
   * Runs the booking's unfinished effects now (given-up ones included), whatever their schedule.
   */
  SyncOutcome syncOne(UUID bookingId);

  /** Claims a batch of due effects and runs them; safe to run in several processes. */
  SyncReport syncDue();
}
