package com.metalogics.booking.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.metalogics.booking.core.domain.Effect;
import com.metalogics.booking.core.domain.EffectState;
import com.metalogics.booking.core.port.in.WebhookDeliveryView;
import com.metalogics.booking.core.port.out.DeliveryAttempt;
import java.time.Instant;
import java.util.UUID;

/**
 * A webhook delivery as the admin API shows it: {@code {id, type, bookingId, sequence, state,
 * attempts, createdAt, nextAttemptAt, lastError, lastAttempt: {at, statusCode, latencyMs, error}}};
 * the id is the event id receivers see.
 */
final class DeliveryJson {

  private static final ObjectMapper READER = Json.mapper();

  private DeliveryJson() {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record DeliveryView(
      UUID id,
      String type,
      UUID bookingId,
      int sequence,
      EffectState state,
      int attempts,
      Instant createdAt,
      Instant nextAttemptAt,
      String lastError,
      AttemptView lastAttempt) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record AttemptView(Instant at, Integer statusCode, long latencyMs, String error) {}

  static DeliveryView view(WebhookDeliveryView delivery) {
    Effect e = delivery.effect();
    return new DeliveryView(
        e.id(),
        typeOf(e),
        e.bookingId(),
        e.revision(),
        e.state(),
        e.attempts(),
        e.createdAt(),
        e.state() == EffectState.PENDING ? e.nextAttemptAt() : null,
        e.lastError().orElse(null),
        delivery.lastAttempt().map(DeliveryJson::attempt).orElse(null));
  }

  private static AttemptView attempt(DeliveryAttempt a) {
    return new AttemptView(
        a.attemptedAt(),
        a.statusCode().isPresent() ? a.statusCode().getAsInt() : null,
        a.latency().toMillis(),
        a.error().orElse(null));
  }

  /** The event's type, read back from the body this adapter wrote when the change was stored. */
  private static String typeOf(Effect effect) {
    try {
      JsonNode body = READER.readTree(effect.payload().orElse("{}"));
      return body.path("type").asText("unknown");
    } catch (JsonProcessingException e) {
      return "unknown";
    }
  }
}
