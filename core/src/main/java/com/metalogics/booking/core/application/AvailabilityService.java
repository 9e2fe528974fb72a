package com.metalogics.booking.core.application;

import com.metalogics.booking.core.availability.Availability;
import com.metalogics.booking.core.availability.AvailabilityInput;
import com.metalogics.booking.core.availability.PoolSlots;
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
import com.metalogics.booking.core.port.out.BookedSlot;
import com.metalogics.booking.core.port.out.BookingRepository;
import com.metalogics.booking.core.port.out.CalendarBusy;
import com.metalogics.booking.core.port.out.CalendarPort;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    return answer(query, catalog.current());
  }

  @Override
  public AvailableSlots handle(AvailableSlotsQuery query, long catalogRevision) {
    return answer(query, catalog.at(catalogRevision));
  }

  private AvailableSlots answer(AvailableSlotsQuery query, CatalogSnapshot snapshot) {
    Team team = snapshot.bookable(query.eventType());
    Duration duration = BookingValidator.validateDuration(query.durationMinutes(), team.type());
    TimeSlot range = resolve(query.range(), team.zone());
    List<BookedSlot> bookings = repository.findBookedSlots(team.bookingSpan(range));
    List<Warning> warnings = new ArrayList<>(1);
    Instant now = clock.instant();
    VipStatus vip = vipDesk.forSlots(snapshot, team.type().slug(), query.vipToken(), now);
    TimeSlot widened = team.lead().widened(range);
    List<TimeSlot> slots =
        team.single()
            ? singleSlots(team.lead(), bookings, widened, warnings, now, vip, range, duration)
            : poolSlots(team, bookings, widened, warnings, now, vip, range, duration);
    BusinessHours hours =
        PhaseOneCatalog.businessHoursOf(team.lead().shownSchedule()).orElse(rules.businessHours());
    return new AvailableSlots(slots, duration, hours, warnings);
  }

  /** One host: a calendar that cannot answer is left out with a warning (unless strict). */
  private List<TimeSlot> singleSlots(
      Offer offer,
      List<BookedSlot> bookings,
      TimeSlot widened,
      List<Warning> warnings,
      Instant now,
      VipStatus vip,
      TimeSlot range,
      Duration duration) {
    List<TimeSlot> calendarBusy = List.of();
    if (calendar.enabled()) {
      try {
        calendarBusy =
            HostCalendars.read(calendar, List.of(offer), widened).get(offer.host().id()).orThrow();
      } catch (IntegrationException e) {
        if (failureMode == CalendarFailureMode.STRICT) {
          throw e;
        }
        warnings.add(Warning.CALENDAR_UNAVAILABLE);
      }
    }
    AvailabilityInput input =
        offer.input(bookings, calendarBusy, Optional.empty(), now, vip.priority());
    return Availability.slots(input, range, duration);
  }

  /**
   * A pool: each host's slots from their own schedule, busy times and limits, merged. A host whose
   * calendar cannot answer is left out (never counted free), with a warning; a collective type then
   * offers nothing.
   */
  private List<TimeSlot> poolSlots(
      Team team,
      List<BookedSlot> bookings,
      TimeSlot widened,
      List<Warning> warnings,
      Instant now,
      VipStatus vip,
      TimeSlot range,
      Duration duration) {
    Map<String, CalendarBusy> busy = busyOf(team, widened);
    List<AvailabilityInput> perHost = new ArrayList<>(team.members().size());
    int failed = 0;
    for (Offer member : team.members()) {
      CalendarBusy own = busy.get(member.host().id());
      if (own.failed()) {
        failed++;
        continue;
      }
      perHost.add(member.input(bookings, own.busy(), Optional.empty(), now, vip.priority()));
    }
    if (failed > 0) {
      if (failureMode == CalendarFailureMode.STRICT && perHost.isEmpty()) {
        throw busy.values().iterator().next().failure().orElseThrow();
      }
      warnings.add(Warning.CALENDAR_UNAVAILABLE);
    }
    return switch (team.assignment()) {
      case COLLECTIVE -> failed > 0 ? List.of() : PoolSlots.intersection(perHost, range, duration);
      case ROUND_ROBIN, SINGLE -> PoolSlots.union(perHost, range, duration);
    };
  }

  private Map<String, CalendarBusy> busyOf(Team team, TimeSlot widened) {
    if (!calendar.enabled()) {
      Map<String, CalendarBusy> none = new HashMap<>();
      team.members().forEach(m -> none.put(m.host().id(), CalendarBusy.of("", List.of())));
      return none;
    }
    try {
      return HostCalendars.read(calendar, team.members(), widened);
    } catch (IntegrationException e) {
      if (failureMode == CalendarFailureMode.STRICT) {
        throw e;
      }
      return HostCalendars.allFailed(team.members(), e);
    }
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
