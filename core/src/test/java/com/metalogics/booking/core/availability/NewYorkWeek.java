package com.metalogics.booking.core.availability;

import com.metalogics.booking.core.domain.Blackout;
import com.metalogics.booking.core.domain.DateOverride;
import com.metalogics.booking.core.domain.EventType;
import com.metalogics.booking.core.domain.Schedule;
import com.metalogics.booking.core.domain.SlotUnavailableException.Reason;
import com.metalogics.booking.core.domain.TimeRange;
import com.metalogics.booking.core.domain.TimeSlot;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/** A plain week in New York for the availability rules' named cases. */
final class NewYorkWeek {

  private NewYorkWeek() {}

  static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  /** Wednesday 2027-03-03, a plain day in New York (UTC-5) and Berlin (UTC+1). */
  static final LocalDate WEDNESDAY = LocalDate.of(2027, 3, 3);

  static final Instant LONG_AGO = Instant.parse("2027-01-01T00:00:00Z");

  static Instant ny(LocalDate day, int hour, int minute) {
    return day.atTime(hour, minute).atZone(NEW_YORK).toInstant();
  }

  static TimeRange range(String from, String to) {
    return TimeRange.parse(from, to);
  }

  static Schedule weekdays(ZoneId zone, TimeRange... ranges) {
    return Schedule.uniform(
        "hours",
        "Hours",
        zone,
        EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
        Arrays.asList(ranges));
  }

  static Schedule withDays(Schedule s, List<DateOverride> overrides, List<Blackout> blackouts) {
    return new Schedule(s.id(), s.name(), s.timeZone(), s.weekly(), overrides, blackouts);
  }

  static AvailabilityInput input(EventType type, Schedule schedule) {
    return new AvailabilityInput(
        type, schedule, Optional.empty(), BusyTimes.none(), BookingCounts.none(), LONG_AGO);
  }

  static List<LocalTime> startsOn(LocalDate day, AvailabilityInput in, int minutes) {
    TimeSlot range =
        new TimeSlot(
            day.atStartOfDay(NEW_YORK).toInstant(),
            day.plusDays(1).atStartOfDay(NEW_YORK).toInstant());
    return Availability.slots(in, range, Duration.ofMinutes(minutes)).stream()
        .map(s -> s.start().atZone(NEW_YORK).toLocalTime())
        .toList();
  }

  static Optional<Reason> refusal(AvailabilityInput in, Instant start, int minutes) {
    return Availability.refusalOf(in, TimeSlot.of(start, Duration.ofMinutes(minutes)));
  }

  static List<LocalTime> times(String... texts) {
    return Arrays.stream(texts).map(LocalTime::parse).toList();
  }
}
