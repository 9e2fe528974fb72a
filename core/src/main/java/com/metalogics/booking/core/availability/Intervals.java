package com.metalogics.booking.core.availability;

import java.util.Arrays;

/**
 * Sorted, disjoint, non-touching {@code [starts[i], ends[i])} on the nanosecond time line, asked
 * through a {@link Cursor} by points that only grow.
 */
final class Intervals {

  static final Intervals EMPTY = new Intervals(new long[0], new long[0], 0);

  private final long[] starts;
  private final long[] ends;
  private final int size;

  private Intervals(long[] starts, long[] ends, int size) {
    this.starts = starts;
    this.ends = ends;
    this.size = size;
  }

  /**
   * The union of the first {@code n} pairs, in any order, overlaps allowed; empty ones are dropped.
   * The arrays are reused.
   */
  static Intervals union(long[] starts, long[] ends, int n) {
    int kept = 0;
    for (int i = 0; i < n; i++) {
      if (starts[i] < ends[i]) {
        starts[kept] = starts[i];
        ends[kept] = ends[i];
        kept++;
      }
    }
    PairSort.byStart(starts, ends, kept);
    int size = 0;
    for (int i = 0; i < kept; i++) {
      if (size > 0 && starts[i] <= ends[size - 1]) {
        ends[size - 1] = Math.max(ends[size - 1], ends[i]);
      } else {
        starts[size] = starts[i];
        ends[size] = ends[i];
        size++;
      }
    }
    return size == 0 ? EMPTY : new Intervals(starts, ends, size);
  }

  static Intervals union(Intervals a, Intervals b) {
    if (b.size == 0) {
      return a;
    }
    if (a.size == 0) {
      return b;
    }
    long[] starts = Arrays.copyOf(a.starts, a.size + b.size);
    long[] ends = Arrays.copyOf(a.ends, a.size + b.size);
    System.arraycopy(b.starts, 0, starts, a.size, b.size);
    System.arraycopy(b.ends, 0, ends, a.size, b.size);
    return union(starts, ends, a.size + b.size);
  }

  int size() {
    return size;
  }

  long start(int i) {
    return starts[i];
  }

  long end(int i) {
    return ends[i];
  }

  Cursor cursor() {
    return new Cursor();
  }

  /**
   * Walks the intervals alongside questions whose points only grow: an interval that ends before
   * one question begins can be dropped for all later ones.
   */
  final class Cursor {
    private int next;

    boolean overlaps(long from, long to) {
      while (next < size && ends[next] <= from) {
        next++;
      }
      return next < size && starts[next] < to;
    }

    boolean contains(long point) {
      while (next < size && ends[next] <= point) {
        next++;
      }
      return next < size && starts[next] <= point;
    }
  }
}
