package com.metalogics.booking.core.application;

import java.time.Duration;
import java.util.Objects;

/**
 * How the sync worker retries.
 *
 * @param initialBackoff the wait after the first failed attempt; it doubles per attempt
 * @param maxBackoff the longest wait between attempts
 * @param maxAttempts after this many failed attempts the admin is alerted, once per booking
 * @param lease how long a claim on a batch holds; also the time a run may spend on one batch, as an
 *     attempt is only started while the lease still covers its whole budget
 * @param batchSize bookings claimed per run
 * @param attemptBudget time allowed for the calendar and CRM calls of one attempt
 */
public record SyncPolicy(
    Duration initialBackoff,
    Duration maxBackoff,
    int maxAttempts,
    Duration lease,
    int batchSize,
    Duration attemptBudget) {

  public SyncPolicy {
    Objects.requireNonNull(initialBackoff, "initialBackoff");
    Objects.requireNonNull(maxBackoff, "maxBackoff");
    Objects.requireNonNull(lease, "lease");
    Objects.requireNonNull(attemptBudget, "attemptBudget");
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

  public static SyncPolicy defaults() {
    return new SyncPolicy(
        Duration.ofSeconds(30),
        Duration.ofHours(1),
        10,
        Duration.ofMinutes(2),
        50,
        Duration.ofSeconds(20));
  }

  /** Exponential: initial, 2x, 4x ... capped at the maximum. */
  public Duration backoffAfter(int failedAttempts) {
    int shift = Math.min(Math.max(failedAttempts - 1, 0), 30);
    Duration wait = initialBackoff.multipliedBy(1L << shift);
    return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
  }
}
