package com.metalogics.booking.core.port.in;

/** Something the caller should know although the request succeeded. */
public enum Warning {
  /** Busy times could not be read from the calendar; slots may already be taken there. */
  CALENDAR_UNAVAILABLE,
  /** The calendar event is not written yet; the sync worker will write it. */
  CALENDAR_SYNC_PENDING,
  /** The CRM is not updated yet; the sync worker will update it. */
  CRM_SYNC_PENDING,
  /** The e-mail to the attendee is not sent yet; the sync worker will send it. */
  EMAIL_PENDING,
  /**
   * The CRM could not say in time whether the visitor belongs to a VIP tier; the ordinary rules
   * applied.
   */
  CRM_UNAVAILABLE
}
