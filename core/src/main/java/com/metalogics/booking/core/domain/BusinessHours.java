package com.metalogics.booking.core.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/** Opening hours in local time of one zone; a 9-to-17 day stays 9-to-17 local across DST. */
public record BusinessHours(Set<DayOfWeek> days, int startHour, int endHour, ZoneId zone) {

  public BusinessHours {
    Objects.requireNonNull(days, "days");
    Objects.requireNonNull(zone, "zone");
    if (days.isEmpty()) {
      throw new IllegalArgumentException("days must name at least one day of the week");
    }
    if (startHour < 0 || startHour > 23) {
      throw new IllegalArgumentException("startHour must be 0..23, was " + startHour);
    }
    if (endHour < 1 || endHour > 24) {
      throw new IllegalArgumentException("endHour must be 1..24, was " + endHour);
    }
    if (startHour >= endHour) {
      throw new IllegalArgumentException(
          "startHour " + startHour + " must be before endHour " + endHour);
    }
    days = Set.copyOf(EnumSet.copyOf(days));
  }

  public boolean isBusinessDay(LocalDate date) {
    return days.contains(date.getDayOfWeek());
  }

  /** The instants the given local date opens and closes; null-free, DST-aware. */
  public TimeSlot openingOn(LocalDate date) {
    ZonedDateTime open = date.atTime(LocalTime.of(startHour, 0)).atZone(zone);
    ZonedDateTime close =
        endHour == 24
            ? date.plusDays(1).atStartOfDay(zone)
            : date.atTime(LocalTime.of(endHour, 0)).atZone(zone);
    return new TimeSlot(open.toInstant(), close.toInstant());
  }
}
