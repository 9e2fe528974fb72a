package com.metalogics.booking.core.availability;

import com.metalogics.booking.core.domain.PhaseOneCatalog;
import com.metalogics.booking.core.domain.TimeSlot;
import java.util.List;

/**
 * The phase-1 available-slots calculation, a pure function of its {@link SlotQuery}: the business
 * hours as a schedule, answered by the same evaluation as {@link Availability}, so that it follows
 * the schedule's DST policy (a repeated local hour counts once).
 */
public final class SlotCalculator {

  private SlotCalculator() {}

  public static List<TimeSlot> availableSlots(SlotQuery query) {
    long from = EpochNanos.of(query.range().start());
    long to = EpochNanos.of(query.range().end());
    Evaluation.Terms terms =
        new Evaluation.Terms(
            query.duration().toNanos(),
            query.increment().toNanos(),
            query.buffer().toNanos(),
            query.buffer().toNanos(),
            EpochNanos.of(query.earliestStart()),
            EpochNanos.of(query.latestStart()));
    return Evaluation.phaseOne(
            terms, PhaseOneCatalog.scheduleOf(query.hours()), BusyTimes.of(query.busy()), from, to)
        .slots(from, to);
  }
}
