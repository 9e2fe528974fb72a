package com.metalogics.booking.core.application;

import com.metalogics.booking.core.domain.Booking;
import com.metalogics.booking.core.domain.BookingStatus;
import com.metalogics.booking.core.domain.CalendarReminder;
import com.metalogics.booking.core.domain.Effect;
import com.metalogics.booking.core.domain.EffectKind;
import com.metalogics.booking.core.domain.Placement;
import com.metalogics.booking.core.port.out.CalendarEvent;
import com.metalogics.booking.core.port.out.CalendarPort;
import com.metalogics.booking.core.port.out.EffectHandler;
import com.metalogics.booking.core.port.out.EffectOutcome;
import com.metalogics.booking.core.port.out.RetrySchedule;
import java.util.List;
import java.util.function.Function;

/**
 * Shows the booking in the owner's calendar. The event id comes from the booking id, so creating
 * twice updates, and deleting twice finds nothing to delete.
 */
final class CalendarEffects implements EffectHandler {

  private final CalendarPort calendar;
  private final RetrySchedule schedule;
  private final GiveUpAlerts alerts;
  private final Function<Placement, List<CalendarReminder>> reminders;

  /**
   * @param reminders the calendar reminders of a booking's event type
   */
  CalendarEffects(
      CalendarPort calendar,
      RetrySchedule schedule,
      GiveUpAlerts alerts,
      Function<Placement, List<CalendarReminder>> reminders) {
    this.calendar = calendar;
    this.schedule = schedule;
    this.alerts = alerts;
    this.reminders = reminders;
  }

  @Override
  public EffectKind kind() {
    return EffectKind.CALENDAR;
  }

  @Override
  public EffectOutcome run(Effect effect, Booking booking) {
    if (booking.status() == BookingStatus.CANCELLED) {
      String eventId = CalendarEvent.eventIdFor(booking.id());
      calendar.deleteEvent(eventId);
      return EffectOutcome.done(eventId);
    }
    CalendarEvent event = CalendarEvent.of(booking, reminders.apply(booking.placement()));
    if (booking.sync().calendarEventId().isEmpty()) {
      return EffectOutcome.done(calendar.createEvent(event));
    }
    calendar.updateEvent(event);
    return EffectOutcome.done(event.eventId());
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
