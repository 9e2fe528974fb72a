package com.metalogics.booking.core.availability;

import com.metalogics.booking.core.domain.BookingRules;
import com.metalogics.booking.core.domain.PhaseOneCatalog;
import com.metalogics.booking.core.domain.SlotUnavailableException.Reason;
import com.metalogics.booking.core.domain.TimeSlot;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Would the available-slots query offer this start, busy times aside? The same evaluation as {@link
 * SlotCalculator} and {@link Availability}, answered for one slot with the reason it is refused.
 */
public final class SlotPolicy {

  private SlotPolicy() {}

  public static Optional<Reason> rejectionOf(TimeSlot slot, BookingRules rules, Instant now) {
    long start = EpochNanos.of(slot.start());
    Evaluation.Terms terms =
        new Evaluation.Terms(
            slot.length().toNanos(),
            rules.incrementFor(slot.length()).toNanos(),
            rules.buffer().toNanos(),
            rules.buffer().toNanos(),
            EpochNanos.of(earliestStart(rules, now)),
            EpochNanos.of(latestStart(rules, now)));
    return Evaluation.phaseOne(
            terms, PhaseOneCatalog.schedule(rules), BusyTimes.none(), start, start)
        .refusal(start, EpochNanos.of(slot.end()));
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
