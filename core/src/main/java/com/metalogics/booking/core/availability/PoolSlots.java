package com.metalogics.booking.core.availability;

import com.metalogics.booking.core.domain.TimeSlot;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A pool's slots from its hosts' availability: a round-robin type offers a start when any host
 * does, a collective one when every host does. Each host is one pass of the availability function
 * over their own busy times, so the cost grows linearly with the hosts; the hosts' starts are
 * merged as numbers and turned into slots once, for the pool, rather than once per host (with 20
 * hosts, the per-host slot objects cost as much as the evaluations).
 */
public final class PoolSlots {

  private PoolSlots() {}

  /** The slots at least one host offers, sorted, each start once. */
  public static List<TimeSlot> union(
      List<AvailabilityInput> hosts, TimeSlot range, Duration duration) {
    Starts merged = Starts.NONE;
    for (AvailabilityInput host : hosts) {
      Starts own = starts(host, range, duration);
      merged = merged.size == 0 ? own : merged.union(own);
    }
    return merged.slots(duration.toNanos());
  }

  /** The slots every host offers, sorted; empty for no hosts. */
  public static List<TimeSlot> intersection(
      List<AvailabilityInput> hosts, TimeSlot range, Duration duration) {
    if (hosts.isEmpty()) {
      return List.of();
    }
    Starts common = starts(hosts.get(0), range, duration);
    for (int i = 1; i < hosts.size() && common.size > 0; i++) {
      common = common.intersection(starts(hosts.get(i), range, duration));
    }
    return common.slots(duration.toNanos());
  }

  private static Starts starts(AvailabilityInput host, TimeSlot range, Duration duration) {
    Objects.requireNonNull(range, "range");
    long from = EpochNanos.of(range.start());
    long to = EpochNanos.of(range.end());
    return Evaluation.over(host, duration, from, to).starts(from, to);
  }

  /** Offered starts in epoch nanoseconds, ascending, each once. */
  static final class Starts {
    static final Starts NONE = new Starts(new long[0], 0);

    private long[] values;
    private int size;

    Starts(long[] values, int size) {
      this.values = values;
      this.size = size;
    }

    Starts() {
      this(new long[64], 0);
    }

    void add(long start) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = start;
    }

    Starts union(Starts other) {
      long[] out = new long[size + other.size];
      int n = 0;
      int i = 0;
      int j = 0;
      while (i < size && j < other.size) {
        long a = values[i];
        long b = other.values[j];
        out[n++] = Math.min(a, b);
        i += a <= b ? 1 : 0;
        j += b <= a ? 1 : 0;
      }
      while (i < size) {
        out[n++] = values[i++];
      }
      while (j < other.size) {
        out[n++] = other.values[j++];
      }
      return new Starts(out, n);
    }

    Starts intersection(Starts other) {
      long[] out = new long[Math.min(size, other.size)];
      int n = 0;
      int i = 0;
      int j = 0;
      while (i < size && j < other.size) {
        long a = values[i];
        long b = other.values[j];
        if (a == b) {
          out[n++] = a;
        }
        i += a <= b ? 1 : 0;
        j += b <= a ? 1 : 0;
      }
      return new Starts(out, n);
    }

    List<TimeSlot> slots(long duration) {
      List<TimeSlot> out = new ArrayList<>(size);
      for (int k = 0; k < size; k++) {
        long start = values[k];
        out.add(new TimeSlot(EpochNanos.toInstant(start), EpochNanos.toInstant(start + duration)));
      }
      return List.copyOf(out);
    }
  }
}
