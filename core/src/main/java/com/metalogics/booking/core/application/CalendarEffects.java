package com.metalogics.booking.core.application;

import com.metalogics.booking.core.domain.Booking;
import com.metalogics.booking.core.domain.BookingStatus;
import com.metalogics.booking.core.domain.CalendarReminder;
import com.metalogics.booking.core.domain.Effect;
import com.metalogics.booking.core.domain.EffectKind;
import com.metalogics.booking.core.domain.Host;
import com.metalogics.booking.core.domain.Placement;
import com.metalogics.booking.core.port.out.CalendarEvent;
import com.metalogics.booking.core.port.out.CalendarPort;
import com.metalogics.booking.core.port.out.EffectHandler;
import com.metalogics.booking.core.port.out.EffectOutcome;
import com.metalogics.booking.core.port.out.RetrySchedule;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Shows the booking in the lead host's calendar, further hosts invited. The event id comes from the
 * booking id, so creating twice updates, and deleting twice finds nothing to delete.
 */
final class CalendarEffects implements EffectHandler {

  private final CalendarPort calendar;
  private final RetrySchedule schedule;
  private final GiveUpAlerts alerts;
  private final Function<Placement, List<CalendarReminder>> reminders;
  private final BookingHosts hosts;

  /**
   * @param reminders the calendar reminders of a booking's event type
   * @param hosts whose calendar holds the event: the lead host's, the others invited
   */
  CalendarEffects(
      CalendarPort calendar,
      RetrySchedule schedule,
      GiveUpAlerts alerts,
      Function<Placement, List<CalendarReminder>> reminders,
      BookingHosts hosts) {
    this.calendar = calendar;
    this.schedule = schedule;
    this.alerts = alerts;
    this.reminders = reminders;
    this.hosts = hosts;
  }

  @Override
  public EffectKind kind() {
    return EffectKind.CALENDAR;
  }

  @Override
  public EffectOutcome run(Effect effect, Booking booking) {
    List<Host> taking = hosts.of(booking.placement());
    Optional<String> calendarId =
        taking.stream()
            .findFirst()
            .filter(h -> h.id().equals(booking.placement().hostId()))
            .flatMap(h -> HostCalendars.eventCalendarOf(h, calendar));
    if (booking.status() == BookingStatus.CANCELLED) {
      String eventId = CalendarEvent.eventIdFor(booking.id());
      calendar.deleteEvent(calendarId, eventId);
      return EffectOutcome.done(eventId);
    }
    List<String> guests = taking.stream().skip(1).map(Host::email).toList();
    CalendarEvent event =
        CalendarEvent.of(booking, reminders.apply(booking.placement())).in(calendarId, guests);
    if (booking.sync().calendarEventId().isEmpty()) {
      return EffectOutcome.done(calendar.createEvent(event));
    }
    Optional<String> formerHost =
        effect.payload().filter(h -> !h.equals(booking.placement().hostId()));
    if (formerHost.isPresent()) {
      calendar.moveEvent(formerCalendar(formerHost.get()), event);
      return EffectOutcome.done(event.eventId());
    }
    calendar.updateEvent(event);
    return EffectOutcome.done(event.eventId());
  }

  /** The calendar the event was in before the booking moved to another host. */
  private Optional<String> formerCalendar(String hostId) {
    return hosts.host(hostId).flatMap(h -> HostCalendars.eventCalendarOf(h, calendar));
  }

  @Override
  public RetrySchedule retrySchedule() {
    return schedule;
  }

  @Override
  public void gaveUp(Effect failed, Booking booking) {
    alerts.gaveUp(failed, booking);
  }
}
