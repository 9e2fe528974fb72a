package com.metalogics.booking.core.inmemory;

import com.metalogics.booking.core.domain.TimeSlot;
import com.metalogics.booking.core.port.out.CalendarEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One calendar of {@link InMemoryCalendar}: its events by id, its blocked times, and an index of
 * event times by start, so a calendar with many events answers as fast as one with few (load runs
 * keep hundreds of thousands). Not thread-safe: the owning calendar guards it.
 */
final class CalendarBook {

  private final Map<String, CalendarEvent> events = new LinkedHashMap<>();
  private final NavigableMap<Instant, List<TimeSlot>> slotsByStart = new TreeMap<>();
  private final List<TimeSlot> blocked = new ArrayList<>();
  private final FailureSwitch failures = new FailureSwitch();
  private Duration longest = Duration.ZERO;

  FailureSwitch failures() {
    return failures;
  }

  void block(TimeSlot slot) {
    blocked.add(slot);
  }

  List<TimeSlot> busy(TimeSlot range) {
    List<TimeSlot> busy = new ArrayList<>();
    // An event overlapping the range starts before its end, and at most the longest event's
    // length before its start.
    slotsByStart
        .subMap(range.start().minus(longest), true, range.end(), false)
        .values()
        .forEach(slots -> slots.stream().filter(range::overlaps).forEach(busy::add));
    blocked.stream().filter(range::overlaps).forEach(busy::add);
    busy.sort(null);
    return List.copyOf(busy);
  }

  void put(CalendarEvent event) {
    unindex(events.put(event.eventId(), event));
    TimeSlot slot = event.slot();
    slotsByStart.computeIfAbsent(slot.start(), start -> new ArrayList<>(1)).add(slot);
    Duration length = Duration.between(slot.start(), slot.end());
    if (length.compareTo(longest) > 0) {
      longest = length;
    }
  }

  /** The removed event; empty when it was not here. */
  Optional<CalendarEvent> remove(String eventId) {
    CalendarEvent removed = events.remove(eventId);
    unindex(removed);
    return Optional.ofNullable(removed);
  }

  Optional<CalendarEvent> event(String eventId) {
    return Optional.ofNullable(events.get(eventId));
  }

  List<CalendarEvent> events() {
    return List.copyOf(events.values());
  }

  private void unindex(CalendarEvent replaced) {
    if (replaced == null) {
      return;
    }
    TimeSlot slot = replaced.slot();
    List<TimeSlot> slots = slotsByStart.get(slot.start());
    slots.remove(slot);
    if (slots.isEmpty()) {
      slotsByStart.remove(slot.start());
    }
  }
}
