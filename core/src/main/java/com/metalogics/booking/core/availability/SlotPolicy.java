package com.metalogics.booking.core.availability;

import com.metalogics.booking.core.domain.BookingRules;
import com.metalogics.booking.core.domain.SlotUnavailableException.Reason;
import com.metalogics.booking.core.domain.TimeSlot;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Would the available-slots query offer this start? The same rules as {@link SlotCalculator},
 * answered for one slot with the reason it is refused.
 */
public final class SlotPolicy {

  private SlotPolicy() {}

  public static Optional<Reason> rejectionOf(TimeSlot slot, BookingRules rules, Instant now) {
    if (slot.start().isBefore(earliestStart(rules, now))) {
      return Optional.of(Reason.TOO_SOON);
    }
    if (slot.start().isAfter(latestStart(rules, now))) {
      return Optional.of(Reason.TOO_FAR_AHEAD);
    }
    LocalDate day = LocalDate.ofInstant(slot.start(), rules.businessHours().zone());
    TimeSlot opening = rules.businessHours().openingOn(day);
    if (!rules.businessHours().isBusinessDay(day) || !opening.contains(slot)) {
      return Optional.of(Reason.OUTSIDE_BUSINESS_HOURS);
    }
    Duration sinceOpening = Duration.between(opening.start(), slot.start());
    Duration increment = rules.incrementFor(slot.length());
    if (sinceOpening.toNanos() % increment.toNanos() != 0) {
      return Optional.of(Reason.OFF_GRID);
    }
    return Optional.empty();
  }

  public static Instant earliestStart(BookingRules rules, Instant now) {
    return now.plus(rules.minAdvance());
  }

  public static Instant latestStart(BookingRules rules, Instant now) {
    return now.plus(Duration.ofDays(rules.maxAdvanceDays()));
  }

  /** The query for {@code range} under {@code rules}, as seen at {@code now}. */
  public static SlotQuery queryFor(
      TimeSlot range, Duration duration, BookingRules rules, Instant now, List<TimeSlot> busy) {
    return new SlotQuery(
        range,
        duration,
        rules.incrementFor(duration),
        rules.businessHours(),
        rules.buffer(),
        earliestStart(rules, now),
        latestStart(rules, now),
        busy);
  }
}
