package com.metalogics.booking.core.application;

import com.metalogics.booking.core.domain.Booking;
import com.metalogics.booking.core.domain.Effect;
import com.metalogics.booking.core.domain.EffectKind;
import com.metalogics.booking.core.port.out.EffectStore;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Turns a built-in effect that gave up into an {@link EffectKind#ADMIN_ALERT} effect, one per
 * booking revision however many of its effects give up. The alert is an effect of its own so that a
 * mail server down at that moment delays it but never loses it.
 */
final class GiveUpAlerts {

  private final EffectStore store;
  private final Clock clock;
  private final boolean enabled;

  GiveUpAlerts(EffectStore store, Clock clock, boolean enabled) {
    this.store = store;
    this.clock = clock;
    this.enabled = enabled;
  }

  void gaveUp(Effect failed, Booking booking) {
    if (!enabled) {
      return;
    }
    String problem =
        AdminAlertEffects.problem(
            failed.kind(), failed.attempts(), failed.lastError().orElse("gave up"));
    Instant now = clock.instant();
    store.addEffect(
        Effect.planned(booking, EffectKind.ADMIN_ALERT, "", now, now, Optional.of(problem), now));
  }
}
