package com.metalogics.booking.core.application;

import com.metalogics.booking.core.domain.WebhookSignature;
import com.metalogics.booking.core.domain.WebhookSubscription;
import com.metalogics.booking.core.port.out.DeliveryAttempt;
import com.metalogics.booking.core.port.out.Stored;
import com.metalogics.booking.core.port.out.WebhookSubscriptionRepository;
import com.metalogics.booking.core.port.out.WebhookTransport;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Sends one webhook event to its subscription, signed at the moment of sending, logs the attempt,
 * and keeps the subscription's health: failing since the first failure after a success, paused once
 * it has failed for {@link #PAUSE_AFTER} without a success.
 */
final class WebhookDelivery {

  static final Duration PAUSE_AFTER = Duration.ofDays(3);

  /** What became of one delivery attempt. */
  enum Status {
    DELIVERED,
    /** Not delivered now; worth trying again later. */
    RETRY,
    /** Nothing to deliver to any more: the subscription is gone or switched off. */
    DROPPED
  }

  record Outcome(Status status, String detail) {}

  private final WebhookSubscriptionRepository subscriptions;
  private final WebhookTransport transport;
  private final Clock clock;

  WebhookDelivery(
      WebhookSubscriptionRepository subscriptions, WebhookTransport transport, Clock clock) {
    this.subscriptions = subscriptions;
    this.transport = transport;
    this.clock = clock;
  }

  Outcome deliver(UUID eventId, UUID subscriptionId, String body) {
    Optional<Stored<WebhookSubscription>> stored = subscriptions.subscription(subscriptionId);
    if (stored.isEmpty()) {
      return new Outcome(Status.DROPPED, "subscription deleted");
    }
    WebhookSubscription subscription = stored.get().value();
    if (!subscription.active()) {
      return new Outcome(Status.DROPPED, "subscription switched off");
    }
    if (subscription.paused()) {
      return new Outcome(Status.RETRY, "subscription paused");
    }
    Instant now = clock.instant();
    WebhookTransport.Result result =
        transport.post(
            subscription.url(),
            Map.of(
                WebhookSignature.HEADER,
                WebhookSignature.sign(subscription.secret(), now, body),
                WebhookSignature.EVENT_ID_HEADER,
                eventId.toString()),
            body);
    subscriptions.recordAttempt(
        new DeliveryAttempt(
            eventId, subscriptionId, now, result.statusCode(), result.latency(), result.problem()));
    if (result.delivered()) {
      if (subscription.failingSince().isPresent()) {
        subscriptions.recordHealth(subscriptionId, Optional.empty(), subscription.pausedAt());
      }
      return new Outcome(Status.DELIVERED, "HTTP " + result.statusCode().getAsInt());
    }
    recordFailure(subscription, now);
    return new Outcome(Status.RETRY, result.problem().orElse("not delivered"));
  }

  private void recordFailure(WebhookSubscription subscription, Instant now) {
    WebhookSubscription failing = subscription.failing(now);
    Instant since = failing.failingSince().orElse(now);
    if (!now.isBefore(since.plus(PAUSE_AFTER))) {
      failing = failing.paused(now);
    }
    if (!failing.equals(subscription)) {
      subscriptions.recordHealth(subscription.id(), failing.failingSince(), failing.pausedAt());
    }
  }
}
