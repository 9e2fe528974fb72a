package com.metalogics.booking.core.availability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Every path of the pair sort gives the order a plain sort by (start, end) gives. */
class PairSortTest {

  @Test
  void sortsRunsRandomInputAndNanosecondNeighbours() {
    long seed = Long.getLong("slots.seed", System.nanoTime());
    SplittableRandom random = new SplittableRandom(seed);
    for (int round = 0; round < 300; round++) {
      int n = random.nextInt(0, 3_000);
      int runs = random.nextInt(1, 40);
      long[] starts = new long[n];
      long[] ends = new long[n];
      // Within 5 ms many starts share a microsecond; over 30 days, with any nanoseconds, many
      // share a second: either way the insertion pass has work to do.
      long spread = random.nextBoolean() ? 5_000_000L : 30L * 86_400 * 1_000_000_000L;
      for (int i = 0; i < n; i++) {
        starts[i] = 1_800_000_000_000_000_000L + random.nextLong(0, spread);
        ends[i] = starts[i] + random.nextLong(1, 1_000_000L);
      }
      sortRuns(starts, ends, runs);
      long[][] expected = pairs(starts, ends);
      Arrays.sort(expected, (a, b) -> Long.compare(a[0], b[0]));
      java.util.Map<String, Long> before = multiset(expected);
      PairSort.byStart(starts, ends, n);
      long[][] actual = pairs(starts, ends);
      for (int i = 0; i < n; i++) {
        assertThat(actual[i][0])
            .as("seed %d round %d index %d", seed, round, i)
            .isEqualTo(expected[i][0]);
      }
      assertThat(multiset(actual)).as("seed %d: pairs kept together", seed).isEqualTo(before);
    }
  }

  /** Cuts the input into {@code runs} runs, each sorted by start with its ends alongside. */
  private static void sortRuns(long[] starts, long[] ends, int runs) {
    int n = starts.length;
    for (int r = 0; r < runs; r++) {
      int from = n * r / runs;
      int to = n * (r + 1) / runs;
      long[][] chunk = new long[to - from][];
      for (int i = from; i < to; i++) {
        chunk[i - from] = new long[] {starts[i], ends[i]};
      }
      Arrays.sort(chunk, (a, b) -> Long.compare(a[0], b[0]));
      for (int i = from; i < to; i++) {
        starts[i] = chunk[i - from][0];
        ends[i] = chunk[i - from][1];
      }
    }
  }

  private static long[][] pairs(long[] starts, long[] ends) {
    long[][] out = new long[starts.length][];
    for (int i = 0; i < starts.length; i++) {
      out[i] = new long[] {starts[i], ends[i]};
    }
    return out;
  }

  private static java.util.Map<String, Long> multiset(long[][] pairs) {
    return Arrays.stream(pairs)
        .collect(
            java.util.stream.Collectors.groupingBy(
                p -> p[0] + ":" + p[1], java.util.stream.Collectors.counting()));
  }
}
