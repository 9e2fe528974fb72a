package com.metalogics.booking.core.port.out;

import com.metalogics.booking.core.domain.TimeSlot;
import java.util.Optional;

/**
 * The events of the hosts' calendars, read incrementally (Google's {@code events.list} with sync
 * tokens). Failures surface as {@code IntegrationException} for the calendar.
 */
public interface CalendarFeed {

  /** Every busy event overlapping {@code window} (all pages), with a token for the next changes. */
  CalendarDelta list(String calendarId, TimeSlot window);

  /**
   * What changed since {@code syncToken} (all pages); empty when the calendar no longer accepts the
   * token (Google's 410 Gone): then the caller lists the window again.
   */
  Optional<CalendarDelta> changesSince(String calendarId, String syncToken);
}
