package com.metalogics.booking.core.port.out;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One integration's calls on one business day: added to what is stored, except the backlog figures,
 * of which storage keeps the highest seen that day.
 *
 * @param latencyBuckets calls per latency bucket, bounded above by {@link #BUCKET_BOUNDS_MS} (the
 *     last one unbounded)
 * @param circuitOpened how often its circuit breaker opened
 * @param backlog most effects due for it at once
 * @param oldestDue the longest an effect of it was due
 */
public record IntegrationDay(
    LocalDate day,
    String integration,
    long calls,
    long successes,
    List<Long> latencyBuckets,
    long circuitOpened,
    long backlog,
    Duration oldestDue) {

  /** Upper bounds of the latency buckets in milliseconds; one more bucket takes the rest. */
  public static final List<Long> BUCKET_BOUNDS_MS =
      List.of(25L, 50L, 100L, 250L, 500L, 1_000L, 2_500L, 5_000L, 10_000L);

  public static final int BUCKETS = BUCKET_BOUNDS_MS.size() + 1;

  public IntegrationDay {
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(integration, "integration");
    Objects.requireNonNull(oldestDue, "oldestDue");
    latencyBuckets = List.copyOf(latencyBuckets);
    if (latencyBuckets.size() != BUCKETS) {
      throw new IllegalArgumentException("latencyBuckets must hold " + BUCKETS + " counts");
    }
    if (successes > calls || calls < 0 || successes < 0) {
      throw new IllegalArgumentException("successes must be between 0 and calls");
    }
  }

  /** A day with nothing counted yet. */
  public static IntegrationDay empty(LocalDate day, String integration) {
    return new IntegrationDay(
        day, integration, 0, 0, Collections.nCopies(BUCKETS, 0L), 0, 0, Duration.ZERO);
  }

  /** The bucket a call of {@code latency} falls in. */
  public static int bucketOf(Duration latency) {
    long ms = latency.toMillis();
    for (int i = 0; i < BUCKET_BOUNDS_MS.size(); i++) {
      if (ms <= BUCKET_BOUNDS_MS.get(i)) {
        return i;
      }
    }
    return BUCKET_BOUNDS_MS.size();
  }

  /** Both days' counts added, the higher backlog figures kept. */
  public IntegrationDay plus(IntegrationDay other) {
    List<Long> buckets = new ArrayList<>(latencyBuckets);
    for (int i = 0; i < BUCKETS; i++) {
      buckets.set(i, buckets.get(i) + other.latencyBuckets.get(i));
    }
    return new IntegrationDay(
        day,
        integration,
        calls + other.calls,
        successes + other.successes,
        buckets,
        circuitOpened + other.circuitOpened,
        Math.max(backlog, other.backlog),
        oldestDue.compareTo(other.oldestDue) >= 0 ? oldestDue : other.oldestDue);
  }
}
