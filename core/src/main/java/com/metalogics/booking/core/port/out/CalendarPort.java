package com.metalogics.booking.core.port.out;

import com.metalogics.booking.core.domain.TimeSlot;
import java.util.List;

/**
 * The owner's calendar. Failures surface as {@code IntegrationException} for the calendar; every
 * implementation passes {@code CalendarPortContract}.
 */
public interface CalendarPort {

  /** Busy intervals overlapping {@code range}. Never "free" when the calendar cannot answer. */
  List<TimeSlot> busyIntervals(TimeSlot range);

  /**
   * Creates the event under {@link CalendarEvent#eventId()}. Idempotent: creating an event that
   * already exists updates it and succeeds, so a retry never makes a second event.
   *
   * @return the event id
   */
  String createEvent(CalendarEvent event);

  /** Moves or rewrites the event; creates it when it does not exist. */
  void updateEvent(CalendarEvent event);

  /** Deletes the event; an event that is already gone counts as deleted. */
  void deleteEvent(String eventId);

  /** False for a calendar switched off by configuration: writes are left to a later sync. */
  default boolean enabled() {
    return true;
  }

  default HealthStatus health() {
    return enabled() ? HealthStatus.UP : HealthStatus.DISABLED;
  }
}
