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
 * timestamps: the busy intervals' starts and ends are sorted separately (n log n), their union is
 * found by one sweep, and candidates walk that union with a single forward pointer. Only the
 * offered slots are allocated.
 */
public final class SlotCalculator {

  private SlotCalculator() {}

  public static List<TimeSlot> availableSlots(SlotQuery query) {
    Union busy = Union.of(query.busy());
    List<TimeSlot> slots = new ArrayList<>();
    Sweep sweep = new Sweep(busy);
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
      SlotQuery query, LocalDate day, Sweep sweep, List<TimeSlot> out) {
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
      if (start >= earliest && !sweep.overlapsAny(start - buffer, end + buffer)) {
        out.add(new TimeSlot(instant(start), instant(end)));
      }
    }
  }

  /** Nanoseconds since the epoch, saturated: instants past year 2262 only serve as bounds. */
  static long nanos(Instant instant) {
    long seconds = instant.getEpochSecond();
    if (seconds >= Long.MAX_VALUE / 1_000_000_000L) {
      return Long.MAX_VALUE / 2;
    }
    if (seconds <= Long.MIN_VALUE / 1_000_000_000L) {
      return Long.MIN_VALUE / 2;
    }
    return seconds * 1_000_000_000L + instant.getNano();
  }

  private static Instant instant(long nanos) {
    return Instant.ofEpochSecond(
        Math.floorDiv(nanos, 1_000_000_000L), Math.floorMod(nanos, 1_000_000_000L));
  }

  /** The union of the busy intervals as sorted, disjoint {@code [starts[i], ends[i])}. */
  private record Union(long[] starts, long[] ends, int size) {

    static Union of(List<TimeSlot> intervals) {
      long[] starts = new long[intervals.size()];
      long[] ends = new long[intervals.size()];
      int n = 0;
      for (TimeSlot interval : intervals) {
        if (interval.start().isBefore(interval.end())) {
          starts[n] = nanos(interval.start());
          ends[n] = nanos(interval.end());
          n++;
        }
      }
      PairSort.byStart(starts, ends, n);
      int size = 0;
      for (int i = 0; i < n; i++) {
        if (size > 0 && starts[i] <= ends[size - 1]) {
          ends[size - 1] = Math.max(ends[size - 1], ends[i]);
        } else {
          starts[size] = starts[i];
          ends[size] = ends[i];
          size++;
        }
      }
      return new Union(starts, ends, size);
    }
  }

  /**
   * Walks the union alongside candidates whose starts only grow: an interval that ends before one
   * widened candidate begins can be dropped for all later ones.
   */
  private static final class Sweep {
    private final Union busy;
    private int next;

    Sweep(Union busy) {
      this.busy = busy;
    }

    boolean overlapsAny(long from, long to) {
      while (next < busy.size() && busy.ends()[next] <= from) {
        next++;
      }
      return next < busy.size() && busy.starts()[next] < to;
    }
  }
}
