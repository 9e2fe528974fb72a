package com.metalogics.booking.core.port.out;

import com.metalogics.booking.core.domain.Booking;
import com.metalogics.booking.core.domain.Effect;
import com.metalogics.booking.core.domain.EffectKind;

/**
 * Runs the effects of one kind: owns the integration's call and its idempotency at the remote side
 * (a crash between the call and the stored outcome repeats the call, which must then change nothing
 * visible). The engine stores the outcome and schedules retries. Extra handlers are registered with
 * {@code BookingEngine.builder().effectHandler(...)}.
 */
public interface EffectHandler {

  EffectKind kind();

  /**
   * Runs {@code effect} for {@code booking} as it is now (possibly at a newer revision than the
   * effect's). May throw: a runtime exception counts as {@link EffectOutcome.RetryLater} with the
   * exception's class and message as the error.
   */
  EffectOutcome run(Effect effect, Booking booking);

  RetrySchedule retrySchedule();

  /** How many effects of this kind one instance runs at the same time. */
  default int concurrency() {
    return 4;
  }

  /**
   * Called once when {@code failed} gave up (state {@code FAILED}), after it was stored. Must not
   * throw; alert, pause a subscription, or nothing.
   */
  default void gaveUp(Effect failed, Booking booking) {}
}
