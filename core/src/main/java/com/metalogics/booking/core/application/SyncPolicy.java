package com.metalogics.booking.core.application;

import com.metalogics.booking.core.port.out.RetrySchedule;
import java.time.Duration;
import java.util.Objects;

/**
 * How the built-in effects (calendar, CRM, mails, alerts) are retried and how the worker claims
 * effects.
 *
 * @param initialBackoff the wait after the first failed attempt; it doubles per attempt
 * @param maxBackoff the longest wait between attempts
 * @param maxAttempts after this many failed attempts an effect gives up ({@code FAILED}) and the
 *     admin is alerted, once per booking revision
 * @param lease how long a claim on a batch of effects holds; also the time a run may spend on one
 *     batch, as an effect is only started while the lease still covers its whole budget
 * @param batchSize effects claimed per run
 * @param attemptBudget time allowed for one effect's call
 * @param inlineGrace how long the worker leaves a just-written effect to the request that wrote it:
 *     without it a worker in another instance could run the same effect at the same time
 */
public record SyncPolicy(
    Duration initialBackoff,
    Duration maxBackoff,
    int maxAttempts,
    Duration lease,
    int batchSize,
    Duration attemptBudget,
    Duration inlineGrace) {

  public static final Duration DEFAULT_INLINE_GRACE = Duration.ofMinutes(1);

  public SyncPolicy {
    Objects.requireNonNull(initialBackoff, "initialBackoff");
    Objects.requireNonNull(maxBackoff, "maxBackoff");
    Objects.requireNonNull(lease, "lease");
    Objects.requireNonNull(attemptBudget, "attemptBudget");
    Objects.requireNonNull(inlineGrace, "inlineGrace");
    if (inlineGrace.isNegative()) {
      throw new IllegalArgumentException("inlineGrace must not be negative");
    }
    if (initialBackoff.isNegative() || initialBackoff.isZero()) {
      throw new IllegalArgumentException("initialBackoff must be positive");
    }
    if (maxBackoff.compareTo(initialBackoff) < 0) {
      throw new IllegalArgumentException("maxBackoff must not be shorter than initialBackoff");
    }
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1");
    }
    if (attemptBudget.isNegative() || attemptBudget.isZero()) {
      throw new IllegalArgumentException("attemptBudget must be positive");
    }
    if (lease.compareTo(attemptBudget) <= 0) {
      throw new IllegalArgumentException(
          "lease must be longer than attemptBudget, or no claimed booking could be attempted");
    }
    if (batchSize < 1) {
      throw new IllegalArgumentException("batchSize must be at least 1");
    }
  }

  /** A policy with the default {@link #DEFAULT_INLINE_GRACE}. */
  public SyncPolicy(
      Duration initialBackoff,
      Duration maxBackoff,
      int maxAttempts,
      Duration lease,
      int batchSize,
      Duration attemptBudget) {
    this(
        initialBackoff,
        maxBackoff,
        maxAttempts,
        lease,
        batchSize,
        attemptBudget,
        DEFAULT_INLINE_GRACE);
  }

  public static SyncPolicy defaults() {
    return new SyncPolicy(
        Duration.ofSeconds(30),
        Duration.ofHours(1),
        10,
        Duration.ofSeconds(60),
        50,
        Duration.ofSeconds(20),
        DEFAULT_INLINE_GRACE);
  }

  /** The built-in effects' schedule: no jitter, given up after {@link #maxAttempts}. */
  public RetrySchedule retrySchedule() {
    return RetrySchedule.byAttempts(initialBackoff, maxBackoff, 0, maxAttempts);
  }

  /** Exponential: initial, 2x, 4x ... capped at the maximum. */
  public Duration backoffAfter(int failedAttempts) {
    int shift = Math.min(Math.max(failedAttempts - 1, 0), 30);
    Duration wait = initialBackoff.multipliedBy(1L << shift);
    return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
  }
}
