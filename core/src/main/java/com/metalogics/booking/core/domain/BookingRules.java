package com.metalogics.booking.core.domain;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Every rule a booking is checked against. The seed's booking rules plus the slot increment,
 * allowed durations and the widest ranges.
 *
 * @param slotIncrement the grid step; empty means "the requested duration"
 */
public record BookingRules(
    int maxBookingsPerEmail,
    Duration frequencyWindow,
    BusinessHours businessHours,
    Duration buffer,
    Duration minAdvance,
    Optional<Duration> slotIncrement,
    SortedSet<Duration> allowedDurations,
    int maxRangeDays,
    int maxAdvanceDays) {

  public BookingRules {
    Objects.requireNonNull(frequencyWindow, "frequencyWindow");
    Objects.requireNonNull(businessHours, "businessHours");
    Objects.requireNonNull(buffer, "buffer");
    Objects.requireNonNull(minAdvance, "minAdvance");
    Objects.requireNonNull(slotIncrement, "slotIncrement");
    Objects.requireNonNull(allowedDurations, "allowedDurations");
    List<String> problems = new ArrayList<>();
    if (maxBookingsPerEmail < 1) {
      problems.add("maxBookingsPerEmail must be at least 1");
    }
    if (frequencyWindow.isNegative() || frequencyWindow.isZero()) {
      problems.add("frequencyWindow must be positive");
    }
    if (buffer.isNegative()) {
      problems.add("buffer must not be negative");
    }
    if (minAdvance.isNegative()) {
      problems.add("minAdvance must not be negative");
    }
    if (slotIncrement.isPresent() && !isPositive(slotIncrement.get())) {
      problems.add("slotIncrement must be positive");
    }
    if (allowedDurations.isEmpty()
        || !allowedDurations.stream().allMatch(BookingRules::isPositive)) {
      problems.add("allowedDurations must hold at least one positive duration");
    }
    if (maxRangeDays < 1) {
      problems.add("maxRangeDays must be at least 1");
    }
    if (maxAdvanceDays < 1) {
      problems.add("maxAdvanceDays must be at least 1");
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(String.join("; ", problems));
    }
    allowedDurations = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(allowedDurations));
  }

  /** The seed's defaults: 2 bookings per 30 days, Monday to Friday 9 to 17 New York time. */
  public static BookingRules defaults() {
    return new BookingRules(
        2,
        Duration.ofDays(30),
        new BusinessHours(
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
            9,
            17,
            ZoneId.of("America/New_York")),
        Duration.ofMinutes(15),
        Duration.ofHours(24),
        Optional.empty(),
        new TreeSet<>(
            List.of(
                Duration.ofMinutes(15),
                Duration.ofMinutes(30),
                Duration.ofMinutes(45),
                Duration.ofMinutes(60))),
        30,
        90);
  }

  public Duration incrementFor(Duration duration) {
    return slotIncrement.orElse(duration);
  }

  public boolean isAllowed(Duration duration) {
    return allowedDurations.contains(duration);
  }

  public BookingRules withMaxBookingsPerEmail(int max) {
    return new BookingRules(
        max,
        frequencyWindow,
        businessHours,
        buffer,
        minAdvance,
        slotIncrement,
        allowedDurations,
        maxRangeDays,
        maxAdvanceDays);
  }

  public BookingRules withBuffer(Duration newBuffer) {
    return new BookingRules(
        maxBookingsPerEmail,
        frequencyWindow,
        businessHours,
        newBuffer,
        minAdvance,
        slotIncrement,
        allowedDurations,
        maxRangeDays,
        maxAdvanceDays);
  }

  public BookingRules withMinAdvance(Duration newMinAdvance) {
    return new BookingRules(
        maxBookingsPerEmail,
        frequencyWindow,
        businessHours,
        buffer,
        newMinAdvance,
        slotIncrement,
        allowedDurations,
        maxRangeDays,
        maxAdvanceDays);
  }

  private static boolean isPositive(Duration d) {
    return !d.isNegative() && !d.isZero();
  }
}
