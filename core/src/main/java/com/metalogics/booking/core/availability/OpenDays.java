package com.metalogics.booking.core.availability;

import com.metalogics.booking.core.domain.Blackout;
import com.metalogics.booking.core.domain.DateOverride;
import com.metalogics.booking.core.domain.Schedule;
import com.metalogics.booking.core.domain.TimeRange;
import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.List;

/**
 * A schedule's ranges by epoch day, as minute pairs {@code [from0, to0, from1, to1, ...]} with
 * touching ranges joined, so that a query of many days allocates no dates.
 */
final class OpenDays {

  private static final int[] CLOSED = new int[0];

  private final int[][] weekly = new int[7][];
  private final long[] overrideDays;
  private final int[][] overrideRanges;
  private final long[] blackoutFrom;
  private final long[] blackoutTo;

  OpenDays(Schedule schedule) {
    for (DayOfWeek day : DayOfWeek.values()) {
      weekly[day.ordinal()] = pairs(schedule.weekly().get(day));
    }
    List<DateOverride> overrides = schedule.overrides();
    overrideDays = new long[overrides.size()];
    overrideRanges = new int[overrides.size()][];
    for (int i = 0; i < overrides.size(); i++) {
      overrideDays[i] = overrides.get(i).date().toEpochDay();
      overrideRanges[i] = pairs(overrides.get(i).ranges());
    }
    List<Blackout> blackouts = schedule.blackouts();
    blackoutFrom = new long[blackouts.size()];
    blackoutTo = new long[blackouts.size()];
    for (int i = 0; i < blackouts.size(); i++) {
      blackoutFrom[i] = blackouts.get(i).from().toEpochDay();
      blackoutTo[i] = blackouts.get(i).to().toEpochDay();
    }
  }

  boolean blackedOut(long epochDay) {
    for (int i = 0; i < blackoutFrom.length; i++) {
      if (epochDay >= blackoutFrom[i] && epochDay <= blackoutTo[i]) {
        return true;
      }
    }
    return false;
  }

  /** The open minute pairs of a day; never to be modified. */
  int[] rangesOn(long epochDay) {
    if (blackedOut(epochDay)) {
      return CLOSED;
    }
    for (int i = 0; i < overrideDays.length; i++) {
      if (overrideDays[i] == epochDay) {
        return overrideRanges[i];
      }
    }
    // 1970-01-01, epoch day 0, was a Thursday.
    return weekly[(int) Math.floorMod(epochDay + 3, 7L)];
  }

  /** Ranges sorted by start (as a Schedule keeps them), touching ones joined. */
  private static int[] pairs(List<TimeRange> ranges) {
    int[] out = new int[ranges.size() * 2];
    int n = 0;
    for (TimeRange range : ranges) {
      if (n > 0 && out[n - 1] == range.fromMinute()) {
        out[n - 1] = range.toMinute();
      } else {
        out[n++] = range.fromMinute();
        out[n++] = range.toMinute();
      }
    }
    return n == out.length ? out : Arrays.copyOf(out, n);
  }
}
