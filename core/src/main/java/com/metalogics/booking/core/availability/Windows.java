package com.metalogics.booking.core.availability;

import java.util.Arrays;

/**
 * The open time of a schedule as sorted, disjoint instant windows {@code [open[i], close[i])} in
 * nanoseconds; slot candidates start on the grid counted from each window's open.
 */
final class Windows {

  private long[] open;
  private long[] close;
  private int size;

  private Windows(int capacity) {
    open = new long[Math.max(capacity, 1)];
    close = new long[Math.max(capacity, 1)];
  }

  /** The windows of every local date from that of {@code fromNanos} to that of {@code toNanos}. */
  static Windows of(OpenDays days, ZoneTimeline timeline, long fromNanos, long toNanos) {
    long first = timeline.localEpochDay(fromNanos);
    long last = timeline.localEpochDay(toNanos);
    Windows windows = new Windows((int) Math.min(2 * (last - first + 1), 1 << 16));
    for (long day = first; day <= last; day++) {
      int[] ranges = days.rangesOn(day);
      long midnight = day * ZoneTimeline.SECONDS_PER_DAY;
      for (int r = 0; r < ranges.length; r += 2) {
        long opens = timeline.instantNanos(midnight + ranges[r] * 60L);
        long closes = timeline.instantNanos(midnight + ranges[r + 1] * 60L);
        if (opens < closes) {
          windows.add(opens, closes);
        }
      }
    }
    return windows;
  }

  /** Where both are open; each piece's grid counts from the later of the two opens. */
  static Windows intersect(Windows a, Windows b) {
    Windows out = new Windows(a.size + b.size);
    int i = 0;
    int j = 0;
    while (i < a.size && j < b.size) {
      long opens = Math.max(a.open[i], b.open[j]);
      long closes = Math.min(a.close[i], b.close[j]);
      if (opens < closes) {
        out.add(opens, closes);
      }
      if (a.close[i] < b.close[j]) {
        i++;
      } else {
        j++;
      }
    }
    return out;
  }

  int size() {
    return size;
  }

  long open(int i) {
    return open[i];
  }

  long close(int i) {
    return close[i];
  }

  private void add(long opens, long closes) {
    if (size == open.length) {
      open = Arrays.copyOf(open, size * 2);
      close = Arrays.copyOf(close, size * 2);
    }
    open[size] = opens;
    close[size] = closes;
    size++;
  }
}
