package com.metalogics.booking.core.domain;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * At most so many bookings of an event type per local day, ISO week (Monday to Sunday) and calendar
 * month in the schedule's zone; an empty limit is none. Bounds are checked by the {@link EventType}
 * holding the limits.
 */
public record BookingLimits(OptionalInt perDay, OptionalInt perWeek, OptionalInt perMonth) {

  public BookingLimits {
    Objects.requireNonNull(perDay, "perDay");
    Objects.requireNonNull(perWeek, "perWeek");
    Objects.requireNonNull(perMonth, "perMonth");
  }

  public static BookingLimits none() {
    return new BookingLimits(OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty());
  }

  public boolean isNone() {
    return perDay.isEmpty() && perWeek.isEmpty() && perMonth.isEmpty();
  }
}
