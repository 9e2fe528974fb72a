package com.metalogics.booking.core.availability;

import com.metalogics.booking.core.domain.SlotSeries;
import com.metalogics.booking.core.domain.TimeSlot;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A pool's slots from its hosts' availability: a round-robin type offers a start when any host
 * does, a collective one when every host does. Each host is one pass of the availability function
 * over their own busy times, merged into the starts of the hosts before, so the cost grows linearly
 * with the hosts; a start the hosts before already decided is not asked again. The starts are
 * numbers until the end and become slots once, for the pool, rather than once per host (with 20
 * hosts, the per-host slot objects cost as much as the evaluations).
 */
public final class PoolSlots {

  private PoolSlots() {}

  /** The slots at least one host offers, sorted, each start once. */
  public static List<TimeSlot> union(
      List<AvailabilityInput> hosts, TimeSlot range, Duration duration) {
    Buffers buffers = new Buffers();
    Starts merged = Starts.NONE;
    for (AvailabilityInput host : hosts) {
      merged = merge(host, range, duration, merged, true, buffers.other(merged));
    }
    return merged.slots(duration.toNanos());
  }

  /** The slots every host offers, sorted; empty for no hosts. */
  public static List<TimeSlot> intersection(
      List<AvailabilityInput> hosts, TimeSlot range, Duration duration) {
    if (hosts.isEmpty()) {
      return List.of();
    }
    Buffers buffers = new Buffers();
    Starts common = merge(hosts.get(0), range, duration, Starts.NONE, true, buffers.first);
    for (int i = 1; i < hosts.size() && common.size > 0; i++) {
      common = merge(hosts.get(i), range, duration, common, false, buffers.other(common));
    }
    return common.slots(duration.toNanos());
  }

  private static Starts merge(
      AvailabilityInput host,
      TimeSlot range,
      Duration duration,
      Starts known,
      boolean union,
      Starts out) {
    Objects.requireNonNull(range, "range");
    long from = EpochNanos.of(range.start());
    long to = EpochNanos.of(range.end());
    return Evaluation.over(host, duration, from, to).merged(from, to, known, union, out);
  }

  /**
   * Two buffers that take turns: each host's merge reads the starts so far from one and writes into
   * the other. Allocated and grown once per pool instead of once per host (with 20 hosts the
   * copying as each host's array grew was a tenth of the time).
   */
  private static final class Buffers {
    final Starts first = new Starts();
    final Starts second = new Starts();

    Starts other(Starts current) {
      return current == first ? second : first;
    }
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
      this(64);
    }

    Starts(int capacity) {
      this(new long[Math.max(capacity, 1)], 0);
    }

    void clear() {
      size = 0;
    }

    void add(long start) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = start;
    }

    int size() {
      return size;
    }

    long at(int index) {
      return values[index];
    }

    List<TimeSlot> slots(long duration) {
      return SlotSeries.ofEpochNanos(values, size, duration);
    }
  }
}
