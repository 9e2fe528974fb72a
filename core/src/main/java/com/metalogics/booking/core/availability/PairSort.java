package com.metalogics.booking.core.availability;

import java.util.Arrays;

/**
 * Sorts intervals given as parallel {@code starts}/{@code ends} arrays by start. Busy times usually
 * arrive as a few runs already sorted by start (bookings from the database, busy times from the
 * calendar): a natural merge sort joins those in linear time. Input in no order is sorted as packed
 * keys (start in seconds above the minimum, index in the low bits) by an LSD radix sort, which has
 * no data-dependent branches to mispredict, then made exact by an insertion pass.
 */
final class PairSort {

  /** Above this many runs a radix sort of packed keys beats merging runs pairwise. */
  private static final int MAX_RUNS_TO_MERGE = 16;

  /**
   * Nanoseconds per key step. Busy times come in whole seconds (calendars) or minutes (bookings),
   * so seconds lose no order that the insertion pass does not restore cheaply; 30 days of seconds
   * and 200 indexes fit in 4 bytes, 4 radix passes where microseconds took 7, and the sort was most
   * of a pool's slots computation. Starts crowded into fewer seconds than there are of them are
   * keyed in microseconds, lest the insertion pass order them all.
   */
  private static final long SECOND = 1_000_000_000L;

  private static final long MICROSECOND = 1_000L;

  private PairSort() {}

  static void byStart(long[] starts, long[] ends, int n) {
    int[] runEnds = runEnds(starts, n);
    if (runEnds.length <= 1) {
      return;
    }
    if (runEnds.length > MAX_RUNS_TO_MERGE && packedSort(starts, ends, n)) {
      return;
    }
    mergeRuns(starts, ends, n, runEnds);
  }

  /** False when the keys would not fit in a long; the caller then merges runs instead. */
  private static boolean packedSort(long[] starts, long[] ends, int n) {
    long min = Long.MAX_VALUE;
    long max = Long.MIN_VALUE;
    for (int i = 0; i < n; i++) {
      min = Math.min(min, starts[i]);
      max = Math.max(max, starts[i]);
    }
    int indexBits = 32 - Integer.numberOfLeadingZeros(n);
    long unit = (max - min) / SECOND >= n ? SECOND : MICROSECOND;
    long span = (max - min) / unit;
    if (max - min < 0 || (64 - Long.numberOfLeadingZeros(span)) + indexBits > 62) {
      return false;
    }
    long[] keys = new long[n];
    for (int i = 0; i < n; i++) {
      keys[i] = ((starts[i] - min) / unit) << indexBits | i;
    }
    radixSort(keys);
    long[] s = Arrays.copyOf(starts, n);
    long[] e = Arrays.copyOf(ends, n);
    long mask = (1L << indexBits) - 1;
    for (int k = 0; k < n; k++) {
      int i = (int) (keys[k] & mask);
      starts[k] = s[i];
      ends[k] = e[i];
    }
    insertionPass(starts, ends, n);
    return true;
  }

  /** Least-significant-digit radix sort of non-negative keys, one byte per pass. */
  private static void radixSort(long[] keys) {
    long used = 0;
    for (long key : keys) {
      used |= key;
    }
    long[] from = keys;
    long[] to = new long[keys.length];
    int[] counts = new int[257];
    for (int shift = 0; shift < 64 && (used >>> shift) != 0; shift += 8) {
      Arrays.fill(counts, 0);
      for (long key : from) {
        counts[(int) ((key >>> shift) & 0xFF) + 1]++;
      }
      for (int b = 0; b < 256; b++) {
        counts[b + 1] += counts[b];
      }
      for (long key : from) {
        to[counts[(int) ((key >>> shift) & 0xFF)]++] = key;
      }
      long[] swap = from;
      from = to;
      to = swap;
    }
    if (from != keys) {
      System.arraycopy(from, 0, keys, 0, keys.length);
    }
  }

  /** Orders what the keys left unordered: only starts within one key step. */
  private static void insertionPass(long[] starts, long[] ends, int n) {
    for (int i = 1; i < n; i++) {
      long s = starts[i];
      long e = ends[i];
      int j = i - 1;
      while (j >= 0 && starts[j] > s) {
        starts[j + 1] = starts[j];
        ends[j + 1] = ends[j];
        j--;
      }
      starts[j + 1] = s;
      ends[j + 1] = e;
    }
  }

  /** Bottom-up natural merge sort: pairs of runs are merged until one is left. */
  private static void mergeRuns(long[] starts, long[] ends, int n, int[] runEnds) {
    int runs = runEnds.length;
    long[] s = starts;
    long[] e = ends;
    long[] ts = new long[n];
    long[] te = new long[n];
    while (runs > 1) {
      int merged = 0;
      int from = 0;
      for (int r = 0; r < runs; r += 2) {
        int mid = runEnds[r];
        int to = r + 1 < runs ? runEnds[r + 1] : mid;
        merge(s, e, ts, te, from, mid, to);
        runEnds[merged++] = to;
        from = to;
      }
      runs = merged;
      long[] swap = s;
      s = ts;
      ts = swap;
      swap = e;
      e = te;
      te = swap;
    }
    if (s != starts) {
      System.arraycopy(s, 0, starts, 0, n);
      System.arraycopy(e, 0, ends, 0, n);
    }
  }

  /** Exclusive end index of every maximal non-decreasing run. */
  private static int[] runEnds(long[] starts, int n) {
    int count = 0;
    int[] ends = new int[Math.max(n, 1)];
    for (int i = 1; i < n; i++) {
      if (starts[i] < starts[i - 1]) {
        ends[count++] = i;
      }
    }
    if (n > 0) {
      ends[count++] = n;
    }
    return Arrays.copyOf(ends, count);
  }

  private static void merge(long[] s, long[] e, long[] ts, long[] te, int from, int mid, int to) {
    int i = from;
    int j = mid;
    for (int k = from; k < to; k++) {
      if (j >= to || (i < mid && s[i] <= s[j])) {
        ts[k] = s[i];
        te[k] = e[i++];
      } else {
        ts[k] = s[j];
        te[k] = e[j++];
      }
    }
  }
}
