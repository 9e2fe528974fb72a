package com.metalogics.booking.core.port.in;

/**
 * What one sync run did, in bookings as the admin sees them.
 *
 * @param attempted bookings an effect was run for
 * @param completed of those, the ones no switched-on integration waits for any more
 * @param stillPending bookings claimed that still wait for something
 * @param effects effects claimed: a run that claimed a full batch leaves more due, likely
 */
public record SyncReport(int attempted, int completed, int stillPending, int effects) {

  /** A report where each booking stood for one effect. */
  public SyncReport(int attempted, int completed, int stillPending) {
    this(attempted, completed, stillPending, attempted);
  }
}
