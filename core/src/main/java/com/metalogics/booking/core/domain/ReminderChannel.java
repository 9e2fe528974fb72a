package com.metalogics.booking.core.domain;

/** How an attendee is reminded of a booking. */
public enum ReminderChannel {
  EMAIL,
  SMS
}
