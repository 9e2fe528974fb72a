package com.metalogics.booking.core.application;

/** What the slots query does when the calendar's busy times cannot be read. */
public enum CalendarFailureMode {
  /** Serve slots from bookings alone, with a {@code CALENDAR_UNAVAILABLE} warning. */
  DEGRADE,
  /** Fail with the calendar's error. */
  STRICT
}
