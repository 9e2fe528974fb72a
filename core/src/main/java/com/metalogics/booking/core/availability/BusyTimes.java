package com.metalogics.booking.core.availability;

import com.metalogics.booking.core.domain.TimeSlot;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Busy time on the epoch time line (calendar busy times and bookings together), kept as the sorted
 * union of the intervals given. Input in any order is sorted by {@link PairSort}: its figures are
 * in {@code SlotCalculatorBenchmark} and {@code AvailabilityBenchmark}.
 */
public final class BusyTimes {

  private static final BusyTimes NONE = new BusyTimes(Intervals.EMPTY);

  private final Intervals union;

  private BusyTimes(Intervals union) {
    this.union = union;
  }

  public static BusyTimes none() {
    return NONE;
  }

  /** Intervals in any order, overlaps allowed; empty ones count for nothing. */
  public static BusyTimes of(Collection<TimeSlot> intervals) {
    long[] starts = new long[intervals.size()];
    long[] ends = new long[intervals.size()];
    int n = 0;
    for (TimeSlot interval : intervals) {
      starts[n] = EpochNanos.of(interval.start());
      ends[n] = EpochNanos.of(interval.end());
      n++;
    }
    return new BusyTimes(Intervals.union(starts, ends, n));
  }

  /** Pairs {@code [starts[i], ends[i])} of epoch milliseconds, in any order. */
  public static BusyTimes ofEpochMillis(long[] starts, long[] ends) {
    if (starts.length != ends.length) {
      throw new IllegalArgumentException("starts and ends must have the same length");
    }
    long[] s = new long[starts.length];
    long[] e = new long[ends.length];
    for (int i = 0; i < s.length; i++) {
      s[i] = Math.multiplyExact(starts[i], 1_000_000L);
      e[i] = Math.multiplyExact(ends[i], 1_000_000L);
    }
    return new BusyTimes(Intervals.union(s, e, s.length));
  }

  /** The union, sorted: overlapping and touching intervals joined. */
  public List<TimeSlot> intervals() {
    List<TimeSlot> out = new ArrayList<>(union.size());
    for (int i = 0; i < union.size(); i++) {
      out.add(
          new TimeSlot(EpochNanos.toInstant(union.start(i)), EpochNanos.toInstant(union.end(i))));
    }
    return List.copyOf(out);
  }

  Intervals union() {
    return union;
  }

  @Override
  public String toString() {
    return "BusyTimes[" + union.size() + " intervals]";
  }
}
