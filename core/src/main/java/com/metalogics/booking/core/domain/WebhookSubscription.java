package com.metalogics.booking.core.domain;

import java.net.URI;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Where to send which booking events, signed with {@code secret}. A subscription whose deliveries
 * keep failing is paused by the service ({@link #pausedAt}) until an admin saves it again; {@link
 * #failingSince} is when its current run of failures began.
 */
public record WebhookSubscription(
    UUID id,
    URI url,
    Set<WebhookEvent> events,
    String secret,
    boolean active,
    Optional<Instant> failingSince,
    Optional<Instant> pausedAt,
    Instant createdAt) {

  public WebhookSubscription {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(secret, "secret");
    Objects.requireNonNull(failingSince, "failingSince");
    Objects.requireNonNull(pausedAt, "pausedAt");
    Objects.requireNonNull(createdAt, "createdAt");
    if (events.isEmpty()) {
      throw new IllegalArgumentException("a subscription needs at least one event");
    }
    if (secret.isBlank()) {
      throw new IllegalArgumentException("secret must not be blank");
    }
    events = Set.copyOf(EnumSet.copyOf(events));
  }

  /** True when an event of {@code event} is to be sent here now. */
  public boolean delivers(WebhookEvent event) {
    return active && pausedAt.isEmpty() && events.contains(event);
  }

  public boolean paused() {
    return pausedAt.isPresent();
  }

  /** After a failed attempt at {@code at}: failing since then, unless already failing. */
  public WebhookSubscription failing(Instant at) {
    return new WebhookSubscription(
        id,
        url,
        events,
        secret,
        active,
        failingSince.or(() -> Optional.of(at)),
        pausedAt,
        createdAt);
  }

  /** After a delivery succeeded: no longer failing. A pause stays until an admin lifts it. */
  public WebhookSubscription recovered() {
    return new WebhookSubscription(
        id, url, events, secret, active, Optional.empty(), pausedAt, createdAt);
  }

  public WebhookSubscription paused(Instant at) {
    return new WebhookSubscription(
        id, url, events, secret, active, failingSince, Optional.of(at), createdAt);
  }

  /**
   * Neither the secret nor the URL's path reach a log line through this record: many receivers
   * (chat hooks, automation tools) carry their own secret in the path.
   */
  @Override
  public String toString() {
    return "WebhookSubscription[id="
        + id
        + ", host="
        + url.getHost()
        + ", events="
        + events
        + ", active="
        + active
        + ", failingSince="
        + failingSince
        + ", pausedAt="
        + pausedAt
        + "]";
  }
}
