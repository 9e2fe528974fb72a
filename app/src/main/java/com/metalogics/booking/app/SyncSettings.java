package com.metalogics.booking.app;

import com.metalogics.booking.core.application.SyncPolicy;
import java.time.Duration;

/** Maps the environment's sync section onto the core's {@link SyncPolicy}. */
final class SyncSettings {

  /** The wait after a first failed attempt; it doubles per attempt up to the maximum. */
  static final Duration INITIAL_BACKOFF = SyncPolicy.defaults().initialBackoff();

  private SyncSettings() {}

  static SyncPolicy policy(AppConfig.Sync sync) {
    SyncPolicy defaults = SyncPolicy.defaults();
    return new SyncPolicy(
        INITIAL_BACKOFF,
        sync.maxBackoff(),
        sync.maxAttempts(),
        defaults.lease(),
        defaults.batchSize(),
        defaults.attemptBudget());
  }
}
