package com.metalogics.booking.core.port.in;

import com.metalogics.booking.core.domain.Effect;
import com.metalogics.booking.core.port.out.DeliveryAttempt;
import java.util.Objects;
import java.util.Optional;

/**
 * One event's delivery to one subscription: its outbox effect (state, attempts, next attempt; its
 * id is the event id) and the newest attempt's answer, when there was one.
 */
public record WebhookDeliveryView(Effect effect, Optional<DeliveryAttempt> lastAttempt) {

  public WebhookDeliveryView {
    Objects.requireNonNull(effect, "effect");
    Objects.requireNonNull(lastAttempt, "lastAttempt");
  }
}
