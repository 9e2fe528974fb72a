package com.metalogics.booking.core.inmemory;

import com.metalogics.booking.core.domain.TimeSlot;
import com.metalogics.booking.core.port.out.CalendarEvent;
import com.metalogics.booking.core.port.out.CalendarPort;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A calendar in memory: keeps events by id, reports their times and any blocked times as busy, and
 * can be told to fail or hang through {@link #failures()}. Busy times are read from an index by
 * start time, so a calendar with many events answers as fast as one with few (load runs keep
 * hundreds of thousands).
 */
public final class InMemoryCalendar implements CalendarPort {

  private final Map<String, CalendarEvent> events = new LinkedHashMap<>();
  private final NavigableMap<Instant, List<TimeSlot>> slotsByStart = new TreeMap<>();
  private Duration longest = Duration.ZERO;
  private final List<TimeSlot> blocked = new ArrayList<>();
  private final FailureSwitch failures = new FailureSwitch();
  private final AtomicInteger writes = new AtomicInteger();

  public FailureSwitch failures() {
    return failures;
  }

  /** Marks time busy that no booking made, like the owner's own meetings. */
  public synchronized void block(TimeSlot slot) {
    blocked.add(slot);
  }

  @Override
  public List<TimeSlot> busyIntervals(TimeSlot range) {
    failures.check();
    synchronized (this) {
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
  }

  @Override
  public String createEvent(CalendarEvent event) {
    failures.check();
    synchronized (this) {
      writes.incrementAndGet();
      put(event);
      return event.eventId();
    }
  }

  @Override
  public void updateEvent(CalendarEvent event) {
    failures.check();
    synchronized (this) {
      writes.incrementAndGet();
      put(event);
    }
  }

  @Override
  public void deleteEvent(String eventId) {
    failures.check();
    synchronized (this) {
      writes.incrementAndGet();
      unindex(events.remove(eventId));
    }
  }

  private void put(CalendarEvent event) {
    unindex(events.put(event.eventId(), event));
    TimeSlot slot = event.slot();
    slotsByStart.computeIfAbsent(slot.start(), start -> new ArrayList<>(1)).add(slot);
    Duration length = Duration.between(slot.start(), slot.end());
    if (length.compareTo(longest) > 0) {
      longest = length;
    }
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

  public synchronized Optional<CalendarEvent> event(String eventId) {
    return Optional.ofNullable(events.get(eventId));
  }

  public synchronized List<CalendarEvent> events() {
    return List.copyOf(events.values());
  }

  /** Successful create, update and delete calls so far. */
  public int writeCount() {
    return writes.get();
  }
}
