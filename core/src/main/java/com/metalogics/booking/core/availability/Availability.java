package com.metalogics.booking.core.availability;

import com.metalogics.booking.core.domain.SlotUnavailableException.Reason;
import com.metalogics.booking.core.domain.TimeSlot;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The one availability function: the slots an event type offers, and whether it admits one start.
 * Both are answered by the same code, so a slot offered is always admitted and a start admitted is
 * always offered (for a range that holds it).
 *
 * <p>Rules: candidates start on the slot increment counted from each open window's start (a local
 * range on one date, converted by the schedule's DST policy, narrowed by the type's schedule when
 * it has one) and end inside that window; none starts before now plus the minimum notice or after
 * now plus the furthest advance; none starts in the second occurrence of a repeated local time;
 * none on a day whose day, week or month already holds its limit; none whose interval, widened by
 * the buffers before and after, overlaps busy time.
 *
 * <p>The requested duration is not checked against the type's allowed durations: callers validate
 * requests before they ask.
 */
public final class Availability {

  private Availability() {}

  /** The free slots of {@code duration} wholly inside {@code range}, sorted by start. */
  public static List<TimeSlot> slots(AvailabilityInput input, TimeSlot range, Duration duration) {
    Objects.requireNonNull(range, "range");
    requirePositive(duration);
    long from = EpochNanos.of(range.start());
    long to = EpochNanos.of(range.end());
    return Evaluation.over(input, duration, from, to).slots(from, to);
  }

  /** Empty when the slot would be offered; otherwise why not. */
  public static Optional<Reason> refusalOf(AvailabilityInput input, TimeSlot slot) {
    Objects.requireNonNull(slot, "slot");
    requirePositive(slot.length());
    long start = EpochNanos.of(slot.start());
    return Evaluation.over(input, slot.length(), start, start)
        .refusal(start, EpochNanos.of(slot.end()));
  }

  private static void requirePositive(Duration duration) {
    if (duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException("duration must be positive, was " + duration);
    }
  }
}
