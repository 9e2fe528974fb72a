package com.metalogics.booking.core.application;

import com.metalogics.booking.core.availability.AvailabilityInput;
import com.metalogics.booking.core.availability.BookingCounts;
import com.metalogics.booking.core.availability.BusyTimes;
import com.metalogics.booking.core.availability.Priority;
import com.metalogics.booking.core.domain.BookingLimits;
import com.metalogics.booking.core.domain.EmailFrequencyLimit;
import com.metalogics.booking.core.domain.EventType;
import com.metalogics.booking.core.domain.Host;
import com.metalogics.booking.core.domain.Placement;
import com.metalogics.booking.core.domain.Schedule;
import com.metalogics.booking.core.domain.TimeSlot;
import com.metalogics.booking.core.domain.VipFrequency;
import com.metalogics.booking.core.domain.VipGrant;
import com.metalogics.booking.core.port.out.BookedSlot;
import com.metalogics.booking.core.port.out.FrequencyLimit;
import com.metalogics.booking.core.port.out.PeriodCap;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;

/**
 * An event type resolved against the catalog: the host who takes it and the schedules that open it.
 * Turns bookings into what the availability function and the reservation need.
 *
 * @param typeSchedule present exactly when the type names a schedule
 */
record Offer(EventType type, Host host, Schedule hostSchedule, Optional<Schedule> typeSchedule) {

  /** The zone whose days the limits count and the slots query's dates mean. */
  ZoneId zone() {
    return typeSchedule.orElse(hostSchedule).timeZone();
  }

  /** The schedule whose hours the slots answer describes. */
  Schedule shownSchedule() {
    return typeSchedule.orElse(hostSchedule);
  }

  Placement placement() {
    return new Placement(type.slug(), host.id());
  }

  /**
   * The one buffer the reservation checks atomically, on both sides. The smaller of the two: the
   * availability function has already checked each side, and the larger would refuse slots it
   * offers.
   */
  Duration reserveBuffer() {
    return min(type.bufferBefore(), type.bufferAfter());
  }

  /** The range plus the buffers, where a booking or a calendar entry can make a slot busy. */
  TimeSlot widened(TimeSlot range) {
    return new TimeSlot(
        range.start().minus(type.bufferBefore()), range.end().plus(type.bufferAfter()));
  }

  /**
   * Where bookings matter for {@code range}: busy times around it and, with limits, the periods.
   */
  TimeSlot bookingSpan(TimeSlot range) {
    TimeSlot widened = widened(range);
    if (type.limits().isNone() && type.hostLimits().isNone()) {
      return widened;
    }
    TimeSlot counted = BookingCounts.countedSpan(range, zone());
    return new TimeSlot(
        earlier(widened.start(), counted.start()), later(widened.end(), counted.end()));
  }

  /**
   * The question for the availability function: the host's bookings (except {@code moving}, the one
   * being rescheduled) and the calendar's busy times; the type's bookings counted per date; what
   * the VIP rules change for the visitor.
   */
  AvailabilityInput input(
      Collection<BookedSlot> bookings,
      List<TimeSlot> calendarBusy,
      Optional<UUID> moving,
      Instant now,
      Priority priority) {
    List<TimeSlot> busy = new ArrayList<>(bookings.size() + calendarBusy.size());
    Map<LocalDate, Integer> perDay = new HashMap<>();
    Map<LocalDate, Integer> hostPerDay = new HashMap<>();
    boolean counting = !type.limits().isNone();
    boolean countingHost = !type.hostLimits().isNone();
    for (BookedSlot booking : bookings) {
      if (moving.filter(booking.id()::equals).isPresent()) {
        continue;
      }
      Placement placed = booking.placement();
      boolean own = placed.hasHost(host.id());
      if (own) {
        busy.add(booking.slot());
      }
      boolean ofType = placed.eventType().equals(type.slug());
      if (counting && ofType) {
        perDay.merge(LocalDate.ofInstant(booking.startTime(), zone()), 1, Integer::sum);
      }
      if (countingHost && ofType && own) {
        hostPerDay.merge(LocalDate.ofInstant(booking.startTime(), zone()), 1, Integer::sum);
      }
    }
    busy.addAll(calendarBusy);
    return new AvailabilityInput(
        type,
        hostSchedule,
        typeSchedule,
        BusyTimes.of(busy),
        BookingCounts.of(perDay),
        now,
        priority,
        BookingCounts.of(hostPerDay));
  }

  /** The type's limits per host for the periods {@code slot} starts in, for this host. */
  List<PeriodCap> hostCapsFor(TimeSlot slot) {
    List<PeriodCap> caps = new ArrayList<>(3);
    for (PeriodCap cap : capsOf(type.hostLimits(), slot)) {
      caps.add(cap.forHost(host.id()));
    }
    return caps;
  }

  /** The type's limits for the day, week and month {@code slot} starts in. */
  List<PeriodCap> capsFor(TimeSlot slot) {
    return capsOf(type.limits(), slot);
  }

  private List<PeriodCap> capsOf(BookingLimits limits, TimeSlot slot) {
    LocalDate date = LocalDate.ofInstant(slot.start(), zone());
    LocalDate monday = date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    LocalDate month = date.withDayOfMonth(1);
    List<PeriodCap> caps = new ArrayList<>(3);
    addCap(caps, limits.perDay(), date, date.plusDays(1));
    addCap(caps, limits.perWeek(), monday, monday.plusWeeks(1));
    addCap(caps, limits.perMonth(), month, month.plusMonths(1));
    return caps;
  }

  /**
   * The per-e-mail limit, counted over this type: a VIP grant's own (or none at all), else the
   * type's own, else the service's default.
   */
  FrequencyLimit frequencyLimit(
      Instant now, EmailFrequencyLimit serviceDefault, Optional<VipGrant> grant) {
    EmailFrequencyLimit limit = type.frequencyLimit().orElse(serviceDefault);
    VipFrequency vip = grant.map(VipGrant::frequency).orElse(VipFrequency.TYPE_DEFAULT);
    if (vip instanceof VipFrequency.Limited own) {
      limit = own.limit();
    } else if (vip instanceof VipFrequency.Unlimited) {
      limit = new EmailFrequencyLimit(Integer.MAX_VALUE, limit.windowDays());
    }
    return new FrequencyLimit(
        limit.max(),
        now.minus(Duration.ofDays(limit.windowDays())),
        limit.windowDays(),
        Optional.of(type.slug()));
  }

  private void addCap(List<PeriodCap> caps, OptionalInt max, LocalDate from, LocalDate to) {
    if (max.isPresent()) {
      caps.add(
          new PeriodCap(
              type.slug(),
              from.atStartOfDay(zone()).toInstant(),
              to.atStartOfDay(zone()).toInstant(),
              max.getAsInt()));
    }
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  private static Instant earlier(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }

  private static Instant later(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }
}
