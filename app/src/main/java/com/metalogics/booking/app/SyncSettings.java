package com.metalogics.booking.app;

import com.metalogics.booking.core.application.SyncPolicy;
import java.time.Duration;

/** Maps the environment's sync section onto the core's {@link SyncPolicy}. */
final class SyncSettings {

  /** The wait after a first failed attempt; it doubles per attempt up to the maximum. */
  static final Duration INITIAL_BACKOFF = SyncPolicy.defaults().initialBackoff();

  /** The time one effect's call may take in a worker run; a lease must be longer. */
  static final Duration ATTEMPT_BUDGET = SyncPolicy.defaults().attemptBudget();

  static final Duration DEFAULT_LEASE = SyncPolicy.defaults().lease();
  static final Duration DEFAULT_INLINE_GRACE = SyncPolicy.DEFAULT_INLINE_GRACE;
  static final int DEFAULT_BATCH_SIZE = SyncPolicy.defaults().batchSize();

  private SyncSettings() {}

  static SyncPolicy policy(AppConfig.Sync sync) {
    return new SyncPolicy(
        INITIAL_BACKOFF,
        sync.maxBackoff(),
        sync.maxAttempts(),
        sync.lease(),
        sync.batchSize(),
        ATTEMPT_BUDGET,
        sync.inlineGrace());
  }
}
