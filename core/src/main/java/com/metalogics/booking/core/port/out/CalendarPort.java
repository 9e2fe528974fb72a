package com.metalogics.booking.core.port.out;

import com.metalogics.booking.core.domain.TimeSlot;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The hosts' calendars. A host names a calendar id; a host without one uses {@link
 * #defaultCalendarId()}, the calendar the service is configured with. Failures surface as {@code
 * IntegrationException} for the calendar; every implementation passes {@code CalendarPortContract}.
 */
public interface CalendarPort {

  /** The calendar of a host who names none, and of the single-calendar methods below. */
  String defaultCalendarId();

  /**
   * Busy intervals of the default calendar overlapping {@code range}. Never "free" when the
   * calendar cannot answer.
   */
  List<TimeSlot> busyIntervals(TimeSlot range);

  /**
   * Busy intervals of several calendars overlapping {@code range}, asked together (a remote
   * implementation asks at most as many per call as the vendor allows and splits the rest). Every
   * asked id has an entry, in the order asked; a calendar that cannot answer has a failed entry and
   * the others still answer. Throws only when no calendar could be asked at all (the service is
   * down, our credentials are refused).
   */
  Map<String, CalendarBusy> busyIntervals(Collection<String> calendarIds, TimeSlot range);

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

  /**
   * Deletes the event from {@code calendarId} (empty: the default calendar); an event that is
   * already gone counts as deleted.
   */
  void deleteEvent(Optional<String> calendarId, String eventId);

  /**
   * Moves the event from {@code fromCalendarId} (empty: the default calendar) to {@link
   * CalendarEvent#calendarId()} and rewrites it; when it is not in {@code fromCalendarId} it is
   * created in the target. The event keeps its id, so a retry never makes a second event.
   */
  void moveEvent(Optional<String> fromCalendarId, CalendarEvent event);

  /** False for a calendar switched off by configuration: writes are left to a later sync. */
  default boolean enabled() {
    return true;
  }

  default HealthStatus health() {
    return enabled() ? HealthStatus.UP : HealthStatus.DISABLED;
  }
}
