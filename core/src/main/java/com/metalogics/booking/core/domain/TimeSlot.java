package com.metalogics.booking.core.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** A half-open interval {@code [start, end)} on the time line. */
public record TimeSlot(Instant start, Instant end) implements Comparable<TimeSlot> {

  public TimeSlot {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (end.isBefore(start)) {
      throw new IllegalArgumentException("end " + end + " is before start " + start);
    }
  }

  public static TimeSlot of(Instant start, Duration length) {
    return new TimeSlot(start, start.plus(length));
  }

  public Duration length() {
    return Duration.between(start, end);
  }

  /** True when the two half-open intervals share at least one instant; empty ones share none. */
  public boolean overlaps(TimeSlot other) {
    return start.isBefore(other.end)
        && other.start.isBefore(end)
        && start.isBefore(end)
        && other.start.isBefore(other.end);
  }

  /** This slot grown by {@code margin} on both sides, as the buffer rule needs. */
  public TimeSlot widen(Duration margin) {
    return new TimeSlot(start.minus(margin), end.plus(margin));
  }

  public boolean contains(TimeSlot other) {
    return !other.start.isBefore(start) && !other.end.isAfter(end);
  }

  @Override
  public int compareTo(TimeSlot other) {
    int byStart = start.compareTo(other.start);
    return byStart != 0 ? byStart : end.compareTo(other.end);
  }
}
