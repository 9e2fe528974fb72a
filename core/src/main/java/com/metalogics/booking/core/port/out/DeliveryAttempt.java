package com.metalogics.booking.core.port.out;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;

/**
 * One try to deliver a webhook event: what the receiver answered (or why there was no answer) and
 * how long it took.
 *
 * @param statusCode the HTTP status, absent when no answer came (timeout, refused connection)
 * @param error why the attempt failed, in words without personal data; absent on success
 */
public record DeliveryAttempt(
    UUID eventId,
    UUID subscriptionId,
    Instant attemptedAt,
    OptionalInt statusCode,
    Duration latency,
    Optional<String> error) {

  public DeliveryAttempt {
    Objects.requireNonNull(eventId, "eventId");
    Objects.requireNonNull(subscriptionId, "subscriptionId");
    Objects.requireNonNull(attemptedAt, "attemptedAt");
    Objects.requireNonNull(statusCode, "statusCode");
    Objects.requireNonNull(latency, "latency");
    Objects.requireNonNull(error, "error");
  }

  /** A 2xx answer: the receiver has the event. */
  public boolean delivered() {
    return statusCode.isPresent() && statusCode.getAsInt() / 100 == 2;
  }
}
