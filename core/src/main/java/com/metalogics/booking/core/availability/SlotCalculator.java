package com.metalogics.booking.core.availability;

import com.metalogics.booking.core.domain.TimeSlot;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The available-slots calculation: a pure function of its {@link SlotQuery}. Sorting the busy
 * intervals costs n log n; the sweep over candidates and busy intervals is linear.
 */
public final class SlotCalculator {

  private SlotCalculator() {}

  public static List<TimeSlot> availableSlots(SlotQuery query) {
    List<TimeSlot> busy = merge(query.busy());
    List<TimeSlot> slots = new ArrayList<>();
    BusySweep sweep = new BusySweep(busy);
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
      SlotQuery query, LocalDate day, BusySweep sweep, List<TimeSlot> out) {
    TimeSlot opening = query.hours().openingOn(day);
    for (Instant start = opening.start();
        !start.plus(query.duration()).isAfter(opening.end());
        start = start.plus(query.increment())) {
      TimeSlot candidate = TimeSlot.of(start, query.duration());
      if (start.isAfter(query.latestStart()) || candidate.end().isAfter(query.range().end())) {
        return;
      }
      if (start.isBefore(query.range().start()) || start.isBefore(query.earliestStart())) {
        continue;
      }
      if (!sweep.overlapsAny(candidate.widen(query.buffer()))) {
        out.add(candidate);
      }
    }
  }

  /** Sorted, disjoint, non-touching intervals covering exactly the union of the input. */
  static List<TimeSlot> merge(List<TimeSlot> intervals) {
    List<TimeSlot> sorted = new ArrayList<>(intervals);
    sorted.sort(null);
    List<TimeSlot> merged = new ArrayList<>(sorted.size());
    for (TimeSlot next : sorted) {
      if (next.length().isZero()) {
        continue;
      }
      int lastIndex = merged.size() - 1;
      if (lastIndex >= 0 && !next.start().isAfter(merged.get(lastIndex).end())) {
        TimeSlot last = merged.get(lastIndex);
        if (next.end().isAfter(last.end())) {
          merged.set(lastIndex, new TimeSlot(last.start(), next.end()));
        }
      } else {
        merged.add(next);
      }
    }
    return merged;
  }

  /**
   * Walks merged busy intervals alongside candidates whose starts only grow: an interval that ends
   * before one candidate begins can be dropped for all later ones.
   */
  private static final class BusySweep {
    private final List<TimeSlot> busy;
    private int next;

    BusySweep(List<TimeSlot> busy) {
      this.busy = busy;
    }

    boolean overlapsAny(TimeSlot widened) {
      while (next < busy.size() && !busy.get(next).end().isAfter(widened.start())) {
        next++;
      }
      return next < busy.size() && busy.get(next).start().isBefore(widened.end());
    }
  }
}
