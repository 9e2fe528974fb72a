package com.metalogics.booking.core.availability;

import com.metalogics.booking.core.domain.Schedule;
import java.util.Arrays;
import java.util.Optional;

/**
 * Which slot starts an event type holds back for VIPs. Per local date (in the zone the limits count
 * in), the grid starts of that date's open windows are ranked by a hash of the event type and the
 * start, and the {@code share} percent (rounded half up) with the lowest ranks are held back: the
 * same in every instance and for every query, spread over the day rather than bunched at one end,
 * and independent of busy times, bookings and now, so a slot does not move in or out of the
 * held-back set as the day fills up. A held-back start is released once now reaches {@code release}
 * before it.
 */
final class HeldBack {

  private static final long INDEX_BITS = 16;
  private static final long INDEX_MASK = (1L << INDEX_BITS) - 1;

  private HeldBack() {}

  /**
   * The held-back starts of the dates touched by {@code [from, to]} that are not released at {@code
   * now}, as one-nanosecond intervals.
   *
   * @param time the open time over {@code [from, to]}, reused when it covers whole counted dates
   */
  static Intervals of(
      HoldBack hold,
      String eventType,
      OpenTime time,
      Schedule hostSchedule,
      Optional<Schedule> typeSchedule,
      long duration,
      long step,
      long from,
      long to,
      long now) {
    if (hold.isNone()) {
      return Intervals.EMPTY;
    }
    ZoneTimeline days = time.counted().timeline();
    long firstDay = days.localEpochDay(from);
    long lastDay = days.localEpochDay(to);
    long spanFrom = days.instantNanos(firstDay * ZoneTimeline.SECONDS_PER_DAY);
    long spanTo = days.instantNanos((lastDay + 1) * ZoneTimeline.SECONDS_PER_DAY);
    // One schedule: its windows are those of whole local dates already. Two: the host's dates
    // may cut a counted date, so the open time is read again over the whole dates.
    OpenTime whole =
        typeSchedule.isEmpty()
            ? time
            : OpenTime.of(hostSchedule, typeSchedule, spanFrom, spanTo - 1);
    Candidates candidates = Candidates.of(whole, duration, step, spanFrom, spanTo);
    long releasedFrom = now + hold.release().toNanos();
    long salt = salt(eventType);
    long[] held = new long[candidates.size];
    int n = 0;
    int dayStart = 0;
    while (dayStart < candidates.size) {
      long day = days.localEpochDay(candidates.starts[dayStart]);
      int dayEnd = dayStart + 1;
      while (dayEnd < candidates.size && days.localEpochDay(candidates.starts[dayEnd]) == day) {
        dayEnd++;
      }
      n = pick(candidates.starts, dayStart, dayEnd, hold.share(), salt, releasedFrom, held, n);
      dayStart = dayEnd;
    }
    long[] ends = new long[n];
    for (int i = 0; i < n; i++) {
      ends[i] = held[i] + 1;
    }
    return Intervals.union(held, ends, n);
  }

  /** The rank of a start of an event type: lower ranks are held back first. */
  static long rank(String eventType, long startNanos) {
    return rank(salt(eventType), startNanos);
  }

  private static long rank(long salt, long startNanos) {
    return mix(salt + Math.floorDiv(startNanos, 1_000_000_000L));
  }

  /** {@code String.hashCode} is specified by the language, so every JVM ranks alike. */
  private static long salt(String eventType) {
    return eventType.hashCode() * 0x9E3779B97F4A7C15L;
  }

  /** The number of a date's {@code n} starts that a share holds back. */
  static int heldCount(int share, int n) {
    return (share * n + 50) / 100;
  }

  /** Appends the held-back, unreleased starts among {@code starts[from, to)} to {@code out}. */
  private static int pick(
      long[] starts, int from, int to, int share, long salt, long releasedFrom, long[] out, int n) {
    int count = to - from;
    int keep = heldCount(share, count);
    if (keep == 0) {
      return n;
    }
    long[] keys = new long[count];
    for (int i = 0; i < count; i++) {
      keys[i] = (rank(salt, starts[from + i]) & ~INDEX_MASK) | i;
    }
    Arrays.sort(keys);
    boolean[] chosen = new boolean[count];
    for (int i = 0; i < keep; i++) {
      chosen[(int) (keys[i] & INDEX_MASK)] = true;
    }
    for (int i = 0; i < count; i++) {
      if (chosen[i] && starts[from + i] > releasedFrom) {
        out[n++] = starts[from + i];
      }
    }
    return n;
  }

  /** SplitMix64's finaliser: a fixed, well-spread hash, the same on every JVM. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** The grid starts of the open windows within {@code [from, to)}, in order. */
  private record Candidates(long[] starts, int size) {

    static Candidates of(OpenTime time, long duration, long step, long from, long to) {
      Windows windows = time.windows();
      Intervals.Cursor repeated = time.repeated().cursor();
      long[] starts = new long[16];
      int size = 0;
      for (int w = 0; w < windows.size(); w++) {
        for (long s = windows.open(w); s + duration <= windows.close(w); s += step) {
          if (s < from || s >= to || repeated.contains(s)) {
            continue;
          }
          if (size == starts.length) {
            starts = Arrays.copyOf(starts, size * 2);
          }
          starts[size++] = s;
        }
      }
      return new Candidates(starts, size);
    }
  }
}
