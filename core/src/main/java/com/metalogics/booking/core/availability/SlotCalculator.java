package com.metalogics.booking.core.availability;

import com.metalogics.booking.core.domain.TimeSlot;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The available-slots calculation: a pure function of its {@link SlotQuery}.
 *
 * <p>It runs on the request path of every slots query, so it works on primitive nanosecond
 * timestamps: the busy intervals become their sorted union ({@link BusyTimes}), and candidates walk
 * that union with a single forward pointer. Only the offered slots are allocated.
 */
public final class SlotCalculator {

  private SlotCalculator() {}

  public static List<TimeSlot> availableSlots(SlotQuery query) {
    Intervals.Cursor sweep = BusyTimes.of(query.busy()).union().cursor();
    List<TimeSlot> slots = new ArrayList<>();
    LocalDate first = LocalDate.ofInstant(query.range().start(), query.hours().zone());
    LocalDate last = LocalDate.ofInstant(query.range().end(), query.hours().zone());
    for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
      if (query.hours().isBusinessDay(day)) {
        addSlotsOfDay(query, day, sweep, slots);
      }
    }
    return List.copyOf(slots);
  }

  private static void addSlotsOfDay(
      SlotQuery query, LocalDate day, Intervals.Cursor sweep, List<TimeSlot> out) {
    TimeSlot opening = query.hours().openingOn(day);
    long duration = query.duration().toNanos();
    long step = query.increment().toNanos();
    long buffer = query.buffer().toNanos();
    long close = nanos(opening.end());
    long rangeStart = nanos(query.range().start());
    long rangeEnd = nanos(query.range().end());
    long earliest = Math.max(rangeStart, nanos(query.earliestStart()));
    long latest = nanos(query.latestStart());
    for (long start = nanos(opening.start()); start + duration <= close; start += step) {
      long end = start + duration;
      if (start > latest || end > rangeEnd) {
        return;
      }
      if (start >= earliest && !sweep.overlaps(start - buffer, end + buffer)) {
        out.add(new TimeSlot(instant(start), instant(end)));
      }
    }
  }

  private static long nanos(Instant instant) {
    return EpochNanos.of(instant);
  }

  private static Instant instant(long nanos) {
    return EpochNanos.toInstant(nanos);
  }
}
