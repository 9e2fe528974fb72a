package com.metalogics.booking.core.application;

import com.metalogics.booking.core.availability.SlotCalculator;
import com.metalogics.booking.core.availability.SlotPolicy;
import com.metalogics.booking.core.domain.Booking;
import com.metalogics.booking.core.domain.BookingRules;
import com.metalogics.booking.core.domain.IntegrationException;
import com.metalogics.booking.core.domain.InvalidDateRangeException;
import com.metalogics.booking.core.domain.TimeSlot;
import com.metalogics.booking.core.port.in.AvailableSlots;
import com.metalogics.booking.core.port.in.AvailableSlotsQuery;
import com.metalogics.booking.core.port.in.FindAvailableSlots;
import com.metalogics.booking.core.port.in.SlotRange;
import com.metalogics.booking.core.port.in.Warning;
import com.metalogics.booking.core.port.out.BookingRepository;
import com.metalogics.booking.core.port.out.CalendarPort;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/** Free slots: business rules, calendar busy times and active bookings. */
final class AvailabilityService implements FindAvailableSlots {

  private final BookingRepository repository;
  private final CalendarPort calendar;
  private final BookingRules rules;
  private final Clock clock;
  private final CalendarFailureMode failureMode;

  AvailabilityService(
      BookingRepository repository,
      CalendarPort calendar,
      BookingRules rules,
      Clock clock,
      CalendarFailureMode failureMode) {
    this.repository = repository;
    this.calendar = calendar;
    this.rules = rules;
    this.clock = clock;
    this.failureMode = failureMode;
  }

  @Override
  public AvailableSlots handle(AvailableSlotsQuery query) {
    Duration duration = BookingValidator.validateDuration(query.durationMinutes(), rules);
    TimeSlot range = resolve(query.range());
    TimeSlot widened = range.widen(rules.buffer());
    List<TimeSlot> busy = new ArrayList<>();
    for (Booking booking : repository.findActiveOverlapping(widened)) {
      busy.add(booking.slot());
    }
    List<Warning> warnings = new ArrayList<>(1);
    if (calendar.enabled()) {
      try {
        busy.addAll(calendar.busyIntervals(widened));
      } catch (IntegrationException e) {
        if (failureMode == CalendarFailureMode.STRICT) {
          throw e;
        }
        warnings.add(Warning.CALENDAR_UNAVAILABLE);
      }
    }
    List<TimeSlot> slots =
        SlotCalculator.availableSlots(
            SlotPolicy.queryFor(range, duration, rules, clock.instant(), busy));
    return new AvailableSlots(slots, duration, rules.businessHours(), warnings);
  }

  private TimeSlot resolve(SlotRange range) {
    ZoneId zone = rules.businessHours().zone();
    Instant from = range.start().startIn(zone);
    Instant to = range.end().endIn(zone);
    long days;
    if (range.start() instanceof SlotRange.Day first && range.end() instanceof SlotRange.Day last) {
      days = ChronoUnit.DAYS.between(first.date(), last.date()) + 1;
      if (days < 1) {
        throw backwards();
      }
    } else {
      days = (long) Math.ceil(Duration.between(from, to).toMinutes() / (24.0 * 60));
    }
    if (to.isBefore(from)) {
      throw backwards();
    }
    if (days > rules.maxRangeDays()) {
      throw new InvalidDateRangeException(
          "The range spans " + days + " days; at most " + rules.maxRangeDays() + " are allowed");
    }
    return new TimeSlot(from, to);
  }

  private static InvalidDateRangeException backwards() {
    return new InvalidDateRangeException("The end of the range is before its start");
  }
}
