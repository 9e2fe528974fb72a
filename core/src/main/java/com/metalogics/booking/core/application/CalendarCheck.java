package com.metalogics.booking.core.application;

import com.metalogics.booking.core.domain.BookingRules;
import com.metalogics.booking.core.domain.IntegrationException;
import com.metalogics.booking.core.domain.SlotUnavailableException;
import com.metalogics.booking.core.domain.TimeSlot;
import com.metalogics.booking.core.port.out.CalendarPort;
import java.lang.System.Logger.Level;
import java.util.Optional;

/** Step 3 of the booking flow: the widened slot must not overlap a calendar busy time. */
final class CalendarCheck {

  private static final System.Logger LOG = System.getLogger(CalendarCheck.class.getName());

  private final CalendarPort calendar;
  private final BookingRules rules;

  CalendarCheck(CalendarPort calendar, BookingRules rules) {
    this.calendar = calendar;
    this.rules = rules;
  }

  /**
   * Throws {@code SlotUnavailableException} when the calendar is busy around {@code slot}.
   *
   * @param ownSlot the booking's current slot when rescheduling: its own event is not a conflict
   * @return false when the calendar could not be read (the booking goes on, with a warning)
   */
  boolean requireFree(TimeSlot slot, Optional<TimeSlot> ownSlot) {
    if (!calendar.enabled()) {
      return true;
    }
    TimeSlot widened = slot.widen(rules.buffer());
    try {
      for (TimeSlot busy : calendar.busyIntervals(widened)) {
        if (busy.overlaps(widened) && !ownSlot.filter(busy::equals).isPresent()) {
          throw new SlotUnavailableException(slot, SlotUnavailableException.Reason.CALENDAR_BUSY);
        }
      }
      return true;
    } catch (IntegrationException e) {
      LOG.log(Level.WARNING, "calendar busy times unreadable, booking anyway: {0}", e.getMessage());
      return false;
    }
  }
}
