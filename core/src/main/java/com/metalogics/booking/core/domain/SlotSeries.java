package com.metalogics.booking.core.domain;

import java.time.Instant;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.RandomAccess;

/**
 * Slots of one length, ascending, held as their starts in nanoseconds since the epoch. A 30-day
 * answer has hundreds of slots: as {@link TimeSlot}s with two {@link Instant}s each they were a
 * quarter of the cache-defeated slots path's allocation, though most are only printed. A slot
 * object is made when one is asked for; writers that print many read the numbers instead.
 * Immutable.
 */
public final class SlotSeries extends AbstractList<TimeSlot> implements RandomAccess {

  private final long[] starts;
  private final long lengthNanos;

  private SlotSeries(long[] starts, long lengthNanos) {
    this.starts = starts;
    this.lengthNanos = lengthNanos;
  }

  /**
   * The first {@code count} of {@code starts} (copied), each the start of a slot of {@code
   * lengthNanos}.
   *
   * @throws IllegalArgumentException when the starts are not strictly ascending or the length is
   *     negative
   */
  public static SlotSeries ofEpochNanos(long[] starts, int count, long lengthNanos) {
    if (lengthNanos < 0) {
      throw new IllegalArgumentException("negative slot length " + lengthNanos);
    }
    long[] own = Arrays.copyOf(starts, count);
    for (int i = 1; i < count; i++) {
      if (own[i] <= own[i - 1]) {
        throw new IllegalArgumentException("slot starts are not ascending at " + i);
      }
    }
    return new SlotSeries(own, lengthNanos);
  }

  /** The start of slot {@code index} in nanoseconds since the epoch. */
  public long startEpochNanos(int index) {
    return starts[index];
  }

  /** The length of every slot in nanoseconds. */
  public long lengthNanos() {
    return lengthNanos;
  }

  @Override
  public TimeSlot get(int index) {
    long start = starts[index];
    return new TimeSlot(
        Instant.EPOCH.plusNanos(start), Instant.EPOCH.plusNanos(start + lengthNanos));
  }

  @Override
  public int size() {
    return starts.length;
  }
}
