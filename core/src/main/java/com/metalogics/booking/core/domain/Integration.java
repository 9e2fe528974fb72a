package com.metalogics.booking.core.domain;

/** What a booking is mirrored to: the owner's calendar, the CRM and the attendee's inbox. */
public enum Integration {
  CALENDAR,
  CRM,
  EMAIL
}
