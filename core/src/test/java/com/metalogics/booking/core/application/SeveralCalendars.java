package com.metalogics.booking.core.application;

import com.metalogics.booking.core.domain.IntegrationException;
import com.metalogics.booking.core.domain.TimeSlot;
import com.metalogics.booking.core.port.out.CalendarBusy;
import com.metalogics.booking.core.port.out.CalendarEvent;
import com.metalogics.booking.core.port.out.CalendarPort;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A calendar port holding several calendars, for the team tests until the in-memory calendar does:
 * each calendar's busy times are its blocked times and the events in it; a calendar can be made to
 * fail on its own.
 */
final class SeveralCalendars implements CalendarPort {

  private final Map<String, List<TimeSlot>> blocked = new HashMap<>();
  private final Map<String, CalendarEvent> events = new LinkedHashMap<>();
  private final Set<String> failing = new HashSet<>();

  synchronized void block(String calendarId, TimeSlot slot) {
    blocked.computeIfAbsent(calendarId, id -> new ArrayList<>()).add(slot);
  }

  synchronized void fail(String calendarId) {
    failing.add(calendarId);
  }

  synchronized List<CalendarEvent> events() {
    return List.copyOf(events.values());
  }

  @Override
  public List<TimeSlot> busyIntervals(TimeSlot range) {
    return busyIntervals(List.of(defaultCalendarId()), range).get(defaultCalendarId()).orThrow();
  }

  @Override
  public synchronized Map<String, CalendarBusy> busyIntervals(
      Collection<String> calendarIds, TimeSlot range) {
    Map<String, CalendarBusy> answer = new LinkedHashMap<>();
    for (String id : calendarIds) {
      if (failing.contains(id)) {
        answer.put(id, CalendarBusy.failed(id, IntegrationException.calendar("down: " + id, null)));
        continue;
      }
      List<TimeSlot> busy = new ArrayList<>();
      blocked.getOrDefault(id, List.of()).stream().filter(range::overlaps).forEach(busy::add);
      events.values().stream()
          .filter(e -> e.calendarId().orElse(defaultCalendarId()).equals(id))
          .map(CalendarEvent::slot)
          .filter(range::overlaps)
          .forEach(busy::add);
      busy.sort(null);
      answer.put(id, CalendarBusy.of(id, busy));
    }
    return answer;
  }

  @Override
  public synchronized String createEvent(CalendarEvent event) {
    events.put(event.eventId(), event);
    return event.eventId();
  }

  @Override
  public synchronized void updateEvent(CalendarEvent event) {
    events.put(event.eventId(), event);
  }

  @Override
  public synchronized void deleteEvent(String eventId) {
    events.remove(eventId);
  }

  @Override
  public synchronized void deleteEvent(Optional<String> calendarId, String eventId) {
    events.remove(eventId);
  }
}
