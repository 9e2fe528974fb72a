package com.metalogics.booking.core.availability;

import com.metalogics.booking.core.domain.Schedule;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

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
  private static final int MAX_KEPT = 1024;
  private static final Map<Key, Intervals> KEPT = new ConcurrentHashMap<>();

  private HeldBack() {}

  /**
   * The held-back starts of the dates touched by {@code [from, to]}, as one-nanosecond intervals,
   * released or not: the caller compares them with {@link #releasedAfter}. The set depends only on
   * the event type, the schedules, the slot grid and the dates, so it is kept: the same dates are
   * asked again and again while bookings and busy times change.
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
      long to) {
    if (hold.isNone()) {
      return Intervals.EMPTY;
    }
    ZoneTimeline days = time.counted().timeline();
    long spanFrom = days.instantNanos(days.localEpochDay(from) * ZoneTimeline.SECONDS_PER_DAY);
    long spanTo = days.instantNanos((days.localEpochDay(to) + 1) * ZoneTimeline.SECONDS_PER_DAY);
    Key key =
        new Key(
            eventType,
            hostSchedule,
            typeSchedule.orElse(null),
            duration,
            step,
            hold.share(),
            spanFrom,
            spanTo);
    Intervals held = KEPT.get(key);
    if (held == null) {
      // One schedule: its windows are those of whole local dates already. Two: the host's dates
      // may cut a counted date, so the open time is read again over the whole dates.
      OpenTime whole =
          typeSchedule.isEmpty()
              ? time
              : OpenTime.of(hostSchedule, typeSchedule, spanFrom, spanTo - 1);
      held = compute(whole, days, hold.share(), salt(eventType), key);
      keep(key, held);
    }
    return held;
  }

  /** Held-back starts up to this instant are released: offered to everyone. */
  static long releasedAfter(HoldBack hold, long now) {
    return now + hold.release().toNanos();
  }

  private static Intervals compute(
      OpenTime whole, ZoneTimeline days, int share, long salt, Key key) {
    Candidates candidates = Candidates.of(whole, key.duration, key.step, key.spanFrom, key.spanTo);
    long[] held = new long[candidates.size];
    int n = 0;
    int dayStart = 0;
    while (dayStart < candidates.size) {
      long day = days.localEpochDay(candidates.starts[dayStart]);
      int dayEnd = dayStart + 1;
      while (dayEnd < candidates.size && days.localEpochDay(candidates.starts[dayEnd]) == day) {
        dayEnd++;
      }
      n = pick(candidates.starts, dayStart, dayEnd, share, salt, held, n);
      dayStart = dayEnd;
    }
    long[] ends = new long[n];
    for (int i = 0; i < n; i++) {
      ends[i] = held[i] + 1;
    }
    return Intervals.union(held, ends, n);
  }

  /**
   * Bounded by clearing: the sets are cheap to compute again, and a catalog change leaves the old
   * schedules' sets unused.
   */
  private static void keep(Key key, Intervals held) {
    if (KEPT.size() >= MAX_KEPT) {
      KEPT.clear();
    }
    KEPT.put(key, held);
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

  /** Appends the held-back starts among {@code starts[from, to)} to {@code out}. */
  private static int pick(
      long[] starts, int from, int to, int share, long salt, long[] out, int n) {
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
      if (chosen[i]) {
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

  /**
   * What a held-back set depends on. Schedules are compared by identity: the catalog hands out the
   * same instance until it changes, and comparing two schedules whole would cost more than the set.
   */
  private record Key(
      String eventType,
      Schedule hostSchedule,
      Schedule typeSchedule,
      long duration,
      long step,
      int share,
      long spanFrom,
      long spanTo) {

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && hostSchedule == k.hostSchedule
          && typeSchedule == k.typeSchedule
          && duration == k.duration
          && step == k.step
          && share == k.share
          && spanFrom == k.spanFrom
          && spanTo == k.spanTo
          && eventType.equals(k.eventType);
    }

    @Override
    public int hashCode() {
      int h = eventType.hashCode();
      h = 31 * h + System.identityHashCode(hostSchedule);
      h = 31 * h + System.identityHashCode(typeSchedule);
      h = 31 * h + Long.hashCode(duration ^ (step << 7));
      h = 31 * h + share;
      return 31 * h + Long.hashCode(spanFrom ^ (spanTo << 11));
    }
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
