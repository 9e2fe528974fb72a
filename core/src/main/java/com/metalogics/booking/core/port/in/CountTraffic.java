package com.metalogics.booking.core.port.in;

import java.util.Optional;

/**
 * Counts booking-page views and slot searches without keeping anything that identifies a person: a
 * visitor is a hash of address and user agent under a salt that lives in memory for one business
 * day only. Counting is in memory; {@link #flush()} adds the counts to storage.
 */
public interface CountTraffic {

  /** A visitor opened the booking page of an event type (empty: the default type). */
  void pageViewed(Optional<String> eventType, String address, String userAgent);

  /** A visitor asked for free slots of an event type (empty: the default type). */
  void slotsSearched(Optional<String> eventType, String address, String userAgent);

  /** Adds what was counted since the last flush to storage; on failure keeps it for the next. */
  void flush();
}
