package com.metalogics.booking.adapter.http.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.metalogics.booking.core.domain.RateLimitedException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * A token bucket per client address: {@code perMinute} requests in a burst, refilled evenly over a
 * minute. Buckets of quiet clients expire, so the map stays small.
 */
public final class RateLimiter {

  private static final long NANOS_PER_MINUTE = Duration.ofMinutes(1).toNanos();

  private final int perMinute;
  private final Clock clock;
  private final Cache<String, Bucket> buckets;

  public RateLimiter(int perMinute, Clock clock) {
    this.perMinute = perMinute;
    this.clock = clock;
    this.buckets =
        Caffeine.newBuilder()
            .maximumSize(100_000)
            .expireAfterAccess(Duration.ofMinutes(10))
            .build();
  }

  /**
   * @throws RateLimitedException when {@code client} has no request left
   */
  public void acquire(String client) {
    if (perMinute == 0) {
      return;
    }
    Bucket bucket = buckets.get(client, c -> new Bucket(perMinute, clock.instant()));
    Duration wait = bucket.take(clock.instant(), perMinute);
    if (!wait.isZero()) {
      throw new RateLimitedException(wait);
    }
  }

  /** Tokens are counted in nanoseconds of refill time to stay exact without floating point. */
  private static final class Bucket {
    private long tokensNanos;
    private Instant last;

    Bucket(int capacity, Instant now) {
      this.tokensNanos = capacity * NANOS_PER_MINUTE;
      this.last = now;
    }

    synchronized Duration take(Instant now, int capacity) {
      long capacityNanos = capacity * NANOS_PER_MINUTE;
      if (now.isAfter(last)) {
        Duration gap = Duration.between(last, now);
        long elapsed = gap.toMinutes() >= 1 ? NANOS_PER_MINUTE : gap.toNanos();
        tokensNanos = Math.min(capacityNanos, tokensNanos + elapsed * capacity);
        last = now;
      }
      if (tokensNanos >= NANOS_PER_MINUTE) {
        tokensNanos -= NANOS_PER_MINUTE;
        return Duration.ZERO;
      }
      long missing = NANOS_PER_MINUTE - tokensNanos;
      return Duration.ofNanos((missing + capacity - 1) / capacity);
    }
  }
}
