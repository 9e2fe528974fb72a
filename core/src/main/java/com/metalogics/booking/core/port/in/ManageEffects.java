package com.metalogics.booking.core.port.in;

import com.metalogics.booking.core.domain.Effect;
import com.metalogics.booking.core.port.out.EffectStats;
import java.util.List;
import java.util.UUID;

/** The admin's view of the outbox: a booking's effects, and another try of one. */
public interface ManageEffects {

  /**
   * The booking's effects, oldest first.
   *
   * @throws com.metalogics.booking.core.domain.BookingNotFoundException for an unknown booking
   */
  List<Effect> effectsOf(UUID bookingId);

  /**
   * Runs the effect now, whatever its state and schedule (handlers are idempotent, so a done one
   * changes nothing visible).
   *
   * @return the effect as stored after the run
   * @throws com.metalogics.booking.core.domain.ResourceNotFoundException for an unknown effect
   */
  Effect retry(UUID effectId);

  /** The outbox now, for metrics: effects by kind and state, the due backlog and its age. */
  EffectStats stats();
}
