package com.metalogics.booking.core.inmemory;

import com.metalogics.booking.core.domain.VersionConflictException;
import com.metalogics.booking.core.domain.WebhookSubscription;
import com.metalogics.booking.core.port.out.DeliveryAttempt;
import com.metalogics.booking.core.port.out.Stored;
import com.metalogics.booking.core.port.out.WebhookSubscriptionRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * Webhook subscriptions and their attempt log in memory; one lock makes every save a
 * compare-and-set on the version, as the database's row lock does.
 */
public final class InMemoryWebhookSubscriptions implements WebhookSubscriptionRepository {

  private static final String KIND = "webhook";

  private final Map<UUID, Stored<WebhookSubscription>> subscriptions = new LinkedHashMap<>();

  /** Oldest first, per event. */
  private final Map<UUID, List<DeliveryAttempt>> attempts = new HashMap<>();

  @Override
  public synchronized List<Stored<WebhookSubscription>> subscriptions() {
    return subscriptions.values().stream()
        .sorted(
            Comparator.comparing((Stored<WebhookSubscription> s) -> s.value().createdAt())
                .thenComparing(s -> s.value().id()))
        .toList();
  }

  @Override
  public synchronized Optional<Stored<WebhookSubscription>> subscription(UUID id) {
    return Optional.ofNullable(subscriptions.get(id));
  }

  @Override
  public synchronized Stored<WebhookSubscription> save(
      WebhookSubscription subscription, OptionalLong expectedVersion) {
    Stored<WebhookSubscription> stored = subscriptions.get(subscription.id());
    OptionalLong storedVersion =
        stored == null ? OptionalLong.empty() : OptionalLong.of(stored.version());
    if (!storedVersion.equals(expectedVersion)) {
      throw new VersionConflictException(KIND, subscription.id().toString(), storedVersion);
    }
    Stored<WebhookSubscription> saved =
        new Stored<>(subscription, stored == null ? 1 : stored.version() + 1);
    subscriptions.put(subscription.id(), saved);
    return saved;
  }

  @Override
  public synchronized void recordHealth(
      UUID id, Optional<Instant> failingSince, Optional<Instant> pausedAt) {
    subscriptions.computeIfPresent(
        id,
        (key, stored) -> {
          WebhookSubscription s = stored.value();
          return new Stored<>(
              new WebhookSubscription(
                  s.id(),
                  s.url(),
                  s.events(),
                  s.secret(),
                  s.active(),
                  failingSince,
                  pausedAt,
                  s.createdAt()),
              stored.version());
        });
  }

  @Override
  public synchronized boolean delete(UUID id) {
    attempts.values().removeIf(list -> list.get(0).subscriptionId().equals(id));
    return subscriptions.remove(id) != null;
  }

  @Override
  public synchronized void recordAttempt(DeliveryAttempt attempt) {
    attempts.computeIfAbsent(attempt.eventId(), id -> new ArrayList<>()).add(attempt);
  }

  @Override
  public synchronized List<DeliveryAttempt> attempts(UUID eventId, int limit) {
    List<DeliveryAttempt> newestFirst = new ArrayList<>(attempts.getOrDefault(eventId, List.of()));
    Collections.reverse(newestFirst);
    return List.copyOf(newestFirst.subList(0, Math.min(limit, newestFirst.size())));
  }

  @Override
  public synchronized Map<UUID, DeliveryAttempt> lastAttempts(List<UUID> eventIds) {
    Map<UUID, DeliveryAttempt> last = new HashMap<>();
    for (UUID id : eventIds) {
      List<DeliveryAttempt> list = attempts.get(id);
      if (list != null) {
        last.put(id, list.get(list.size() - 1));
      }
    }
    return last;
  }
}
