package com.metalogics.booking.core.availability;

import java.time.Instant;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.Arrays;

/**
 * The offsets of one zone around a span of time, as arrays: local times become instants by
 * arithmetic instead of a {@code ZonedDateTime} per range end, which the slot query would pay for
 * every range of every day.
 *
 * <p>It applies the DST policy of {@code Schedule}: a local time in a gap becomes the first instant
 * after the gap; a local time that occurs twice becomes its first occurrence.
 */
final class ZoneTimeline {

  static final long SECONDS_PER_DAY = 86_400;

  /** Ranges of a date lie within that date, so two days on each side cover every conversion. */
  private static final long MARGIN_SECONDS = 2 * SECONDS_PER_DAY;

  /** {@code offsets[i]} holds before {@code transitions[i]}; the last one after all of them. */
  private final long[] transitions;

  private final int[] offsets;

  private ZoneTimeline(long[] transitions, int[] offsets) {
    this.transitions = transitions;
    this.offsets = offsets;
  }

  static ZoneTimeline of(ZoneId zone, long fromNanos, long toNanos) {
    ZoneRules rules = zone.getRules();
    long from = Math.floorDiv(fromNanos, EpochNanos.PER_SECOND) - MARGIN_SECONDS;
    long to = Math.floorDiv(toNanos, EpochNanos.PER_SECOND) + MARGIN_SECONDS;
    Instant start = Instant.ofEpochSecond(from);
    int first = rules.getOffset(start).getTotalSeconds();
    if (rules.isFixedOffset()) {
      return new ZoneTimeline(new long[0], new int[] {first});
    }
    long[] transitions = new long[4];
    int[] offsets = new int[5];
    offsets[0] = first;
    int n = 0;
    for (ZoneOffsetTransition t = rules.nextTransition(start);
        t != null && t.toEpochSecond() <= to;
        t = rules.nextTransition(t.getInstant())) {
      if (n == transitions.length) {
        transitions = Arrays.copyOf(transitions, n * 2);
        offsets = Arrays.copyOf(offsets, n * 2 + 1);
      }
      transitions[n] = t.toEpochSecond();
      offsets[++n] = t.getOffsetAfter().getTotalSeconds();
    }
    return new ZoneTimeline(Arrays.copyOf(transitions, n), Arrays.copyOf(offsets, n + 1));
  }

  /** The instant, in nanoseconds, of a local time given as seconds since the local epoch. */
  long instantNanos(long localSecond) {
    int k = transitions.length;
    for (int i = 0; i <= k; i++) {
      long instant = localSecond - offsets[i];
      boolean afterPrevious = i == 0 || instant >= transitions[i - 1];
      if (afterPrevious && (i == k || instant < transitions[i])) {
        return instant * EpochNanos.PER_SECOND;
      }
      if (i < k && instant >= transitions[i] && localSecond - offsets[i + 1] < transitions[i]) {
        return transitions[i] * EpochNanos.PER_SECOND;
      }
    }
    throw new IllegalStateException("no offset for local second " + localSecond);
  }

  /** The local date, as days since 1970-01-01, of an instant given in nanoseconds. */
  long localEpochDay(long nanos) {
    long second = Math.floorDiv(nanos, EpochNanos.PER_SECOND);
    int i = 0;
    while (i < transitions.length && second >= transitions[i]) {
      i++;
    }
    return Math.floorDiv(second + offsets[i], SECONDS_PER_DAY);
  }

  /** The second occurrences of repeated local times: no slot starts in them. */
  Intervals repeatedTimes() {
    long[] starts = new long[transitions.length];
    long[] ends = new long[transitions.length];
    int n = 0;
    for (int i = 0; i < transitions.length; i++) {
      int back = offsets[i] - offsets[i + 1];
      if (back > 0) {
        starts[n] = transitions[i] * EpochNanos.PER_SECOND;
        ends[n] = (transitions[i] + back) * EpochNanos.PER_SECOND;
        n++;
      }
    }
    return n == 0 ? Intervals.EMPTY : Intervals.union(starts, ends, n);
  }
}
