package com.metalogics.booking.core.inmemory;

import com.metalogics.booking.core.domain.TimeSlot;
import com.metalogics.booking.core.port.out.CalendarEvent;
import com.metalogics.booking.core.port.out.CalendarPort;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A calendar in memory: keeps events by id, reports their times and any blocked times as busy, and
 * can be told to fail or hang through {@link #failures()}.
 */
public final class InMemoryCalendar implements CalendarPort {

  private final Map<String, CalendarEvent> events = new LinkedHashMap<>();
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
      events.values().stream().map(CalendarEvent::slot).filter(range::overlaps).forEach(busy::add);
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
      events.put(event.eventId(), event);
      return event.eventId();
    }
  }

  @Override
  public void updateEvent(CalendarEvent event) {
    failures.check();
    synchronized (this) {
      writes.incrementAndGet();
      events.put(event.eventId(), event);
    }
  }

  @Override
  public void deleteEvent(String eventId) {
    failures.check();
    synchronized (this) {
      writes.incrementAndGet();
      events.remove(eventId);
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
