package com.metalogics.booking.core.application;

import com.metalogics.booking.core.availability.Availability;
import com.metalogics.booking.core.availability.AvailabilityInput;
import com.metalogics.booking.core.domain.Booking;
import com.metalogics.booking.core.domain.BookingRules;
import com.metalogics.booking.core.domain.BusinessHours;
import com.metalogics.booking.core.domain.IntegrationException;
import com.metalogics.booking.core.domain.InvalidDateRangeException;
import com.metalogics.booking.core.domain.PhaseOneCatalog;
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
import java.util.Optional;

/** Free slots of an event type: its rules, calendar busy times and the host's bookings. */
final class AvailabilityService implements FindAvailableSlots {

  private final BookingRepository repository;
  private final CalendarPort calendar;
  private final CatalogCache catalog;
  private final BookingRules rules;
  private final Clock clock;
  private final CalendarFailureMode failureMode;
  private final VipDesk vipDesk;

  AvailabilityService(
      BookingRepository repository,
      CalendarPort calendar,
      CatalogCache catalog,
      BookingRules rules,
      Clock clock,
      CalendarFailureMode failureMode,
      VipDesk vipDesk) {
    this.repository = repository;
    this.calendar = calendar;
    this.catalog = catalog;
    this.rules = rules;
    this.clock = clock;
    this.failureMode = failureMode;
    this.vipDesk = vipDesk;
  }

  @Override
  public AvailableSlots handle(AvailableSlotsQuery query) {
    CatalogSnapshot snapshot = catalog.current();
    Offer offer = snapshot.bookable(query.eventType());
    Duration duration = BookingValidator.validateDuration(query.durationMinutes(), offer.type());
    TimeSlot range = resolve(query.range(), offer.zone());
    List<Booking> bookings = repository.findActiveOverlapping(offer.bookingSpan(range));
    List<Warning> warnings = new ArrayList<>(1);
    List<TimeSlot> calendarBusy = List.of();
    if (calendar.enabled()) {
      try {
        calendarBusy = calendar.busyIntervals(offer.widened(range));
      } catch (IntegrationException e) {
        if (failureMode == CalendarFailureMode.STRICT) {
          throw e;
        }
        warnings.add(Warning.CALENDAR_UNAVAILABLE);
      }
    }
    Instant now = clock.instant();
    VipStatus vip = vipDesk.forSlots(snapshot, offer.type().slug(), query.vipToken(), now);
    AvailabilityInput input =
        offer.input(bookings, calendarBusy, Optional.empty(), now, vip.priority());
    List<TimeSlot> slots = Availability.slots(input, range, duration);
    BusinessHours hours =
        PhaseOneCatalog.businessHoursOf(offer.shownSchedule()).orElse(rules.businessHours());
    return new AvailableSlots(slots, duration, hours, warnings);
  }

  private TimeSlot resolve(SlotRange range, ZoneId zone) {
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
