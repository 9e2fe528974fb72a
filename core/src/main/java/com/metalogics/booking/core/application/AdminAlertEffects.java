package com.metalogics.booking.core.application;

import com.metalogics.booking.core.domain.Booking;
import com.metalogics.booking.core.domain.Effect;
import com.metalogics.booking.core.domain.EffectKind;
import com.metalogics.booking.core.port.out.AdminAlert;
import com.metalogics.booking.core.port.out.EffectHandler;
import com.metalogics.booking.core.port.out.EffectOutcome;
import com.metalogics.booking.core.port.out.Notifier;
import com.metalogics.booking.core.port.out.RetrySchedule;

/**
 * Mails the admin that a booking's effect gave up. The payload holds the kind, the attempts made
 * and the last error, as {@link #problem} wrote them when the effect gave up.
 */
final class AdminAlertEffects implements EffectHandler {

  private static final String SEPARATOR = "\n";

  private final Notifier notifier;
  private final RetrySchedule schedule;

  AdminAlertEffects(Notifier notifier, RetrySchedule schedule) {
    this.notifier = notifier;
    this.schedule = schedule;
  }

  @Override
  public EffectKind kind() {
    return EffectKind.ADMIN_ALERT;
  }

  @Override
  public EffectOutcome run(Effect effect, Booking booking) {
    String[] parts = effect.payload().orElse("").split(SEPARATOR, 3);
    if (parts.length < 3) {
      return EffectOutcome.failed("alert payload unreadable");
    }
    notifier.alertAdmin(
        new AdminAlert.BookingGaveUp(
            booking, EffectKind.valueOf(parts[0]), Integer.parseInt(parts[1]), parts[2]));
    return EffectOutcome.done();
  }

  @Override
  public RetrySchedule retrySchedule() {
    return schedule;
  }

  static String problem(EffectKind kind, int attempts, String error) {
    return kind.name() + SEPARATOR + attempts + SEPARATOR + error;
  }
}
