package com.metalogics.booking.core.port.in;

import com.metalogics.booking.core.domain.WebhookSubscription;
import com.metalogics.booking.core.port.out.Stored;
import java.util.List;
import java.util.UUID;

/**
 * The admin's webhook subscriptions. Unknown ids throw {@code ResourceNotFoundException}; invalid
 * drafts throw {@code ValidationException} naming every field ({@code url}, {@code events[2]},
 * {@code secret}); a replacement naming another version than the stored one throws {@code
 * VersionConflictException}.
 */
public interface ManageWebhooks {

  List<Stored<WebhookSubscription>> subscriptions();

  Stored<WebhookSubscription> subscription(UUID id);

  /** A new subscription; its secret is generated when the draft has none. */
  Stored<WebhookSubscription> create(WebhookDraft draft);

  /** Replaces url, events, active and (when given) the secret; lifts a pause. */
  Stored<WebhookSubscription> replace(UUID id, WebhookDraft draft, long expectedVersion);

  void delete(UUID id);

  /** The subscription's deliveries, newest first, each with its newest attempt. */
  List<WebhookDeliveryView> deliveries(UUID subscriptionId, int limit);

  /**
   * Sends a delivery again now, with the same event id, whatever its state: after a dead letter, or
   * for a receiver that lost an event it had accepted.
   */
  WebhookDeliveryView replay(UUID deliveryId);
}
