package com.metalogics.booking.core.application;

import com.metalogics.booking.core.domain.Effect;
import com.metalogics.booking.core.domain.WebhookSubscription;
import com.metalogics.booking.core.port.out.AdminAlert;
import com.metalogics.booking.core.port.out.Notifier;
import com.metalogics.booking.core.port.out.Stored;
import com.metalogics.booking.core.port.out.WebhookSubscriptionRepository;
import java.lang.System.Logger.Level;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tells the admin when a subscription's deliveries give up: once per run of failures, not once per
 * event (a receiver down for a day would otherwise send a mail for every booking). The run is known
 * by when it began; this instance remembers which runs it has told about, so after a restart or
 * from another instance the same run may be told about once more.
 */
final class WebhookAlerts {

  private static final System.Logger LOG = System.getLogger(WebhookAlerts.class.getName());

  private final WebhookSubscriptionRepository subscriptions;
  private final Notifier notifier;
  private final Map<UUID, Instant> alertedRuns = new ConcurrentHashMap<>();

  WebhookAlerts(WebhookSubscriptionRepository subscriptions, Notifier notifier) {
    this.subscriptions = subscriptions;
    this.notifier = notifier;
  }

  void gaveUp(Effect failed) {
    UUID id = WebhookEffects.subscriptionOf(failed.target());
    Optional<WebhookSubscription> subscription =
        subscriptions.subscription(id).map(Stored::value).filter(WebhookSubscription::active);
    if (subscription.isEmpty() || !notifier.enabled()) {
      return;
    }
    Instant since = subscription.get().failingSince().orElse(failed.createdAt());
    if (since.equals(alertedRuns.get(id))) {
      return;
    }
    try {
      notifier.alertAdmin(
          new AdminAlert.WebhookFailing(
              id,
              subscription.get().url().getHost(),
              since,
              failed.lastError().orElse("not delivered")));
      alertedRuns.put(id, since);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "webhook alert for subscription {0} failed: {1}", id, e.toString());
    }
  }
}
