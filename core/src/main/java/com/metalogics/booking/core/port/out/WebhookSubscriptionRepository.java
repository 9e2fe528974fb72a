package com.metalogics.booking.core.port.out;

import com.metalogics.booking.core.domain.WebhookSubscription;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * Where webhook subscriptions and the log of their delivery attempts live. Every implementation
 * passes {@code WebhookSubscriptionRepositoryContract} from the core's test-jar.
 */
public interface WebhookSubscriptionRepository {

  /** All subscriptions, oldest first. */
  List<Stored<WebhookSubscription>> subscriptions();

  Optional<Stored<WebhookSubscription>> subscription(UUID id);

  /**
   * Atomically: when {@code expectedVersion} is empty, creates the subscription, which must not
   * exist yet; otherwise replaces it when its stored version equals {@code expectedVersion}. Else
   * throws {@code VersionConflictException}.
   */
  Stored<WebhookSubscription> save(WebhookSubscription subscription, OptionalLong expectedVersion);

  /**
   * Records the service's own view of a subscription's health (failing since, paused at) without
   * touching its version: an admin's edit is not refused because a delivery failed meanwhile.
   * Nothing happens when the subscription is gone.
   */
  void recordHealth(UUID id, Optional<Instant> failingSince, Optional<Instant> pausedAt);

  /**
   * Removes the subscription and its attempt log.
   *
   * @return false when there was none
   */
  boolean delete(UUID id);

  void recordAttempt(DeliveryAttempt attempt);

  /** The newest attempts of one event's delivery, newest first. */
  List<DeliveryAttempt> attempts(UUID eventId, int limit);

  /** The newest attempt of each of these events, by event id (absent when never tried). */
  Map<UUID, DeliveryAttempt> lastAttempts(List<UUID> eventIds);
}
