package com.metalogics.booking.core.application;

import com.metalogics.booking.core.domain.EffectKind;
import com.metalogics.booking.core.domain.EffectState;
import com.metalogics.booking.core.domain.EnabledIntegrations;
import com.metalogics.booking.core.domain.Integration;
import com.metalogics.booking.core.port.out.AdminAlert;
import com.metalogics.booking.core.port.out.EffectOutcome;
import com.metalogics.booking.core.port.out.EffectStats;
import com.metalogics.booking.core.port.out.EffectStore;
import com.metalogics.booking.core.port.out.Notifier;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Tells the admin that the calendar and the CRM look down: both failed for a booking just changed.
 * During an outage every booking fails alike, so one mail per {@link #INTERVAL} says it as well as
 * two hundred, with the number of bookings waiting.
 */
final class OutageAlerts {

  static final Duration INTERVAL = Duration.ofMinutes(15);

  private static final System.Logger LOG = System.getLogger(OutageAlerts.class.getName());

  private final EffectStore store;
  private final Notifier notifier;
  private final EnabledIntegrations integrations;
  private final Clock clock;
  private final AtomicReference<Instant> last = new AtomicReference<>(Instant.EPOCH);

  OutageAlerts(
      EffectStore store, Notifier notifier, EnabledIntegrations integrations, Clock clock) {
    this.store = store;
    this.notifier = notifier;
    this.integrations = integrations;
    this.clock = clock;
  }

  void afterInlineRun(Map<EffectKind, EffectOutcome> outcomes) {
    if (!integrations.isEnabled(Integration.CALENDAR)
        || !integrations.isEnabled(Integration.CRM)
        || !failed(outcomes, EffectKind.CALENDAR)
        || !failed(outcomes, EffectKind.CRM)) {
      return;
    }
    Instant now = clock.instant();
    Instant previous = last.get();
    if (now.isBefore(previous.plus(INTERVAL)) || !last.compareAndSet(previous, now)) {
      return;
    }
    try {
      EffectStats stats = store.effectStats(now);
      long waiting =
          Math.max(
              stats.count(EffectKind.CALENDAR, EffectState.PENDING),
              stats.count(EffectKind.CRM, EffectState.PENDING));
      String problem = ((EffectOutcome.RetryLater) outcomes.get(EffectKind.CALENDAR)).error();
      notifier.alertAdmin(
          new AdminAlert.IntegrationDown(List.of("calendar", "CRM"), waiting, problem));
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "outage alert failed: {0}", EffectRunner.describe(e));
    }
  }

  private static boolean failed(Map<EffectKind, EffectOutcome> outcomes, EffectKind kind) {
    return outcomes.get(kind) instanceof EffectOutcome.RetryLater;
  }
}
