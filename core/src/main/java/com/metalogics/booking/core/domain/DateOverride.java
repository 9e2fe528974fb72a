package com.metalogics.booking.core.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One date with other ranges than its weekday's; no ranges means closed. The ranges are checked by
 * the {@link Schedule} holding the override.
 */
public record DateOverride(LocalDate date, List<TimeRange> ranges) {

  public DateOverride {
    Objects.requireNonNull(date, "date");
    ranges = List.copyOf(ranges);
  }

  public static DateOverride closed(LocalDate date) {
    return new DateOverride(date, List.of());
  }
}
