package com.metalogics.booking.core.port.out;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * When an {@link EffectHandler}'s failed effect is tried again, and when it is given up: after
 * {@code maxAttempts} attempts, or once it is older than {@code maxAge}, whichever comes first.
 * Waits grow exponentially from {@code initialDelay} up to {@code maxDelay}, each shortened by up
 * to {@code jitter} of itself at random, so that effects failed together do not retry together.
 *
 * @param jitter between 0 (none) and 1
 */
public record RetrySchedule(
    Duration initialDelay, Duration maxDelay, double jitter, int maxAttempts, Duration maxAge) {

  private static final Duration FOREVER = Duration.ofDays(365L * 1000);

  public RetrySchedule {
    Objects.requireNonNull(initialDelay, "initialDelay");
    Objects.requireNonNull(maxDelay, "maxDelay");
    Objects.requireNonNull(maxAge, "maxAge");
    if (initialDelay.isNegative() || initialDelay.isZero()) {
      throw new IllegalArgumentException("initialDelay must be positive");
    }
    if (maxDelay.compareTo(initialDelay) < 0) {
      throw new IllegalArgumentException("maxDelay must not be shorter than initialDelay");
    }
    if (!(jitter >= 0 && jitter <= 1)) {
      throw new IllegalArgumentException("jitter must be between 0 and 1");
    }
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1");
    }
    if (maxAge.isNegative() || maxAge.isZero()) {
      throw new IllegalArgumentException("maxAge must be positive");
    }
  }

  /** Gives up after {@code maxAttempts} attempts, however long they take. */
  public static RetrySchedule byAttempts(
      Duration initialDelay, Duration maxDelay, double jitter, int maxAttempts) {
    return new RetrySchedule(initialDelay, maxDelay, jitter, maxAttempts, FOREVER);
  }

  /** Gives up at the first failure after {@code maxAge} since the effect was created. */
  public static RetrySchedule byAge(
      Duration initialDelay, Duration maxDelay, double jitter, Duration maxAge) {
    return new RetrySchedule(initialDelay, maxDelay, jitter, Integer.MAX_VALUE, maxAge);
  }

  /**
   * The next attempt after {@code attemptsMade} failed ones, or empty when the effect gives up.
   *
   * @param random a number in [0, 1) that picks the jitter
   */
  public Optional<Instant> nextAttempt(
      int attemptsMade, Instant createdAt, Instant now, double random) {
    if (attemptsMade >= maxAttempts || !now.isBefore(createdAt.plus(maxAge))) {
      return Optional.empty();
    }
    return Optional.of(now.plus(delayAfter(attemptsMade, random)));
  }

  /** Exponential: initial, 2x, 4x ... capped at the maximum, minus the jitter. */
  public Duration delayAfter(int attemptsMade, double random) {
    int shift = Math.min(Math.max(attemptsMade - 1, 0), 30);
    Duration wait = initialDelay.multipliedBy(1L << shift);
    Duration capped = wait.compareTo(maxDelay) > 0 ? maxDelay : wait;
    long cut = (long) (capped.toMillis() * jitter * random);
    return capped.minusMillis(cut);
  }
}
