package com.metalogics.booking.core.application;

import com.metalogics.booking.core.domain.WebhookEvent;
import com.metalogics.booking.core.domain.WebhookSubscription;
import com.metalogics.booking.core.port.out.Stored;
import com.metalogics.booking.core.port.out.WebhookSubscriptionRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The subscriptions as the booking path reads them: every booking change asks which subscriptions
 * want its event, and one query per booking would cost the booking path more than the webhooks are
 * worth. A change in this instance is seen at once; one made by another instance after at most
 * {@link #TTL}.
 */
final class SubscriptionCache {

  static final Duration TTL = Duration.ofSeconds(5);

  private record Snapshot(List<WebhookSubscription> subscriptions, Instant readAt) {}

  private final WebhookSubscriptionRepository repository;
  private final Clock clock;
  private volatile Snapshot snapshot;

  SubscriptionCache(WebhookSubscriptionRepository repository, Clock clock) {
    this.repository = repository;
    this.clock = clock;
  }

  /** The subscriptions an event of {@code event} goes to now. */
  List<WebhookSubscription> deliveringTo(WebhookEvent event) {
    return current().stream().filter(s -> s.delivers(event)).toList();
  }

  /** Called after every change made through this instance. */
  void invalidate() {
    snapshot = null;
  }

  private List<WebhookSubscription> current() {
    Snapshot s = snapshot;
    Instant now = clock.instant();
    if (s == null || !now.isBefore(s.readAt().plus(TTL))) {
      s = new Snapshot(repository.subscriptions().stream().map(Stored::value).toList(), now);
      snapshot = s;
    }
    return s.subscriptions();
  }
}
