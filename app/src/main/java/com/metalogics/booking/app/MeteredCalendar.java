package com.metalogics.booking.app;

import com.metalogics.booking.core.domain.TimeSlot;
import com.metalogics.booking.core.port.out.CalendarBusy;
import com.metalogics.booking.core.port.out.CalendarEvent;
import com.metalogics.booking.core.port.out.CalendarPort;
import com.metalogics.booking.core.port.out.HealthStatus;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A calendar that counts its calls' outcomes; otherwise the calendar it wraps. */
final class MeteredCalendar implements CalendarPort {

  private final CalendarPort delegate;
  static final String INTEGRATION = "calendar";

  /** The operations counted: one per kind of port call, whatever calendar it is about. */
  static final List<String> OPERATIONS =
      List.of("busy_intervals", "create_event", "update_event", "delete_event", "move_event");

  private final IntegrationMeter meter;

  MeteredCalendar(CalendarPort delegate, MeterRegistry registry) {
    this(delegate, registry, CallLog.NONE);
  }

  /**
   * @param log also told of each call, for the insights' integration health
   */
  MeteredCalendar(CalendarPort delegate, MeterRegistry registry, CallLog log) {
    this.delegate = delegate;
    this.meter = new IntegrationMeter(registry, INTEGRATION, OPERATIONS, log);
  }

  @Override
  public String defaultCalendarId() {
    return delegate.defaultCalendarId();
  }

  @Override
  public List<TimeSlot> busyIntervals(TimeSlot range) {
    return meter.record("busy_intervals", () -> delegate.busyIntervals(range));
  }

  /**
   * Counted as one call: it fails only when no calendar could be asked; a calendar that could not
   * answer is in its entry, for the caller to warn about.
   */
  @Override
  public Map<String, CalendarBusy> busyIntervals(Collection<String> calendarIds, TimeSlot range) {
    return meter.record("busy_intervals", () -> delegate.busyIntervals(calendarIds, range));
  }

  @Override
  public String createEvent(CalendarEvent event) {
    return meter.record("create_event", () -> delegate.createEvent(event));
  }

  @Override
  public void updateEvent(CalendarEvent event) {
    meter.run("update_event", () -> delegate.updateEvent(event));
  }

  @Override
  public void deleteEvent(String eventId) {
    meter.run("delete_event", () -> delegate.deleteEvent(eventId));
  }

  @Override
  public void deleteEvent(Optional<String> calendarId, String eventId) {
    meter.run("delete_event", () -> delegate.deleteEvent(calendarId, eventId));
  }

  @Override
  public void moveEvent(Optional<String> fromCalendarId, CalendarEvent event) {
    meter.run("move_event", () -> delegate.moveEvent(fromCalendarId, event));
  }

  /**
   * Exports the calendar's call counters at zero for a calendar that is switched off, so that
   * dashboards and alerts find the same series whether it is on or off.
   */
  static void registerSwitchedOff(MeterRegistry registry) {
    new IntegrationMeter(registry, INTEGRATION, OPERATIONS);
  }

  @Override
  public boolean enabled() {
    return delegate.enabled();
  }

  @Override
  public HealthStatus health() {
    return delegate.health();
  }
}
