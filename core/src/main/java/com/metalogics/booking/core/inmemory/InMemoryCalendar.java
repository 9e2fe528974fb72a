package com.metalogics.booking.core.inmemory;

import com.metalogics.booking.core.domain.IntegrationException;
import com.metalogics.booking.core.domain.TimeSlot;
import com.metalogics.booking.core.port.out.CalendarBusy;
import com.metalogics.booking.core.port.out.CalendarEvent;
import com.metalogics.booking.core.port.out.CalendarPort;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Calendars in memory, by id, {@value #DEFAULT_CALENDAR} being the default: each keeps its events
 * and blocked times and reports them as busy. A calendar id not seen before is an empty calendar.
 * {@link #failures()} makes the whole service fail or hang; {@link #failures(String)} one calendar
 * only, so a busy-times ask for several calendars answers for the others.
 */
public final class InMemoryCalendar implements CalendarPort {

  public static final String DEFAULT_CALENDAR = "primary";

  private final Map<String, CalendarBook> books = new ConcurrentHashMap<>();
  private final FailureSwitch failures = new FailureSwitch();
  private final AtomicInteger writes = new AtomicInteger();

  /** Every call fails (or hangs), as when the calendar service is down. */
  public FailureSwitch failures() {
    return failures;
  }

  /** Calls about {@code calendarId} fail (or hang); other calendars still answer. */
  public FailureSwitch failures(String calendarId) {
    return book(calendarId).failures();
  }

  /** Marks time busy in the default calendar that no booking made, like the owner's meetings. */
  public void block(TimeSlot slot) {
    block(DEFAULT_CALENDAR, slot);
  }

  /** Marks time busy in {@code calendarId} that no booking made. */
  public synchronized void block(String calendarId, TimeSlot slot) {
    book(calendarId).block(slot);
  }

  @Override
  public String defaultCalendarId() {
    return DEFAULT_CALENDAR;
  }

  @Override
  public List<TimeSlot> busyIntervals(TimeSlot range) {
    failures.check();
    return busyOf(DEFAULT_CALENDAR, range);
  }

  @Override
  public Map<String, CalendarBusy> busyIntervals(Collection<String> calendarIds, TimeSlot range) {
    Objects.requireNonNull(range, "range");
    failures.check();
    Map<String, CalendarBusy> answer = new LinkedHashMap<>();
    for (String id : calendarIds) {
      try {
        answer.put(id, CalendarBusy.of(id, busyOf(id, range)));
      } catch (RuntimeException e) {
        answer.put(id, CalendarBusy.failed(id, asCalendarFailure(id, e)));
      }
    }
    return answer;
  }

  @Override
  public String createEvent(CalendarEvent event) {
    write(calendarOf(event), () -> book(calendarOf(event)).put(event));
    return event.eventId();
  }

  @Override
  public void updateEvent(CalendarEvent event) {
    write(calendarOf(event), () -> book(calendarOf(event)).put(event));
  }

  @Override
  public void deleteEvent(String eventId) {
    deleteEvent(Optional.empty(), eventId);
  }

  @Override
  public void deleteEvent(Optional<String> calendarId, String eventId) {
    String id = calendarId.orElse(DEFAULT_CALENDAR);
    write(id, () -> book(id).remove(eventId));
  }

  @Override
  public void moveEvent(Optional<String> fromCalendarId, CalendarEvent event) {
    String from = fromCalendarId.orElse(DEFAULT_CALENDAR);
    String to = calendarOf(event);
    book(to).failures().check();
    write(
        from,
        () -> {
          book(from).remove(event.eventId());
          book(to).put(event);
        });
  }

  /** The event with this id, in whichever calendar holds it. */
  public synchronized Optional<CalendarEvent> event(String eventId) {
    return books.values().stream().flatMap(book -> book.event(eventId).stream()).findFirst();
  }

  public synchronized Optional<CalendarEvent> event(String calendarId, String eventId) {
    return Optional.ofNullable(books.get(calendarId)).flatMap(book -> book.event(eventId));
  }

  /** The events of every calendar. */
  public synchronized List<CalendarEvent> events() {
    return books.values().stream().flatMap(book -> book.events().stream()).toList();
  }

  public synchronized List<CalendarEvent> events(String calendarId) {
    return Optional.ofNullable(books.get(calendarId)).map(CalendarBook::events).orElse(List.of());
  }

  /** Successful create, update, delete and move calls so far. */
  public int writeCount() {
    return writes.get();
  }

  private List<TimeSlot> busyOf(String calendarId, TimeSlot range) {
    CalendarBook book = book(calendarId);
    book.failures().check();
    synchronized (this) {
      return book.busy(range);
    }
  }

  /** The switches are checked outside the lock, so a hanging calendar holds up no other. */
  private void write(String calendarId, Runnable change) {
    failures.check();
    book(calendarId).failures().check();
    synchronized (this) {
      writes.incrementAndGet();
      change.run();
    }
  }

  private CalendarBook book(String calendarId) {
    Objects.requireNonNull(calendarId, "calendarId");
    return books.computeIfAbsent(calendarId, id -> new CalendarBook());
  }

  private static String calendarOf(CalendarEvent event) {
    return event.calendarId().orElse(DEFAULT_CALENDAR);
  }

  private static IntegrationException asCalendarFailure(String calendarId, RuntimeException e) {
    return e instanceof IntegrationException integration
        ? integration
        : IntegrationException.calendar("calendar " + calendarId + " failed", e);
  }
}
