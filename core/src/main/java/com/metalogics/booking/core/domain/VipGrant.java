package com.metalogics.booking.core.domain;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What a VIP tier grants for one event type, or for every type when {@code eventType} is empty.
 *
 * @param reservedShare percent (0 to 100) of each day's slots held back for VIPs
 * @param releaseHours held-back slots are offered to everyone from so many hours before the start
 * @param maxAdvanceDays a furthest advance for VIPs; only counts when longer than the type's
 * @param minNotice a minimum notice for VIPs; only counts when shorter than the type's
 */
public record VipGrant(
    Optional<String> eventType,
    int reservedShare,
    int releaseHours,
    OptionalInt maxAdvanceDays,
    Optional<Duration> minNotice,
    VipFrequency frequency) {

  public VipGrant {
    Objects.requireNonNull(eventType, "eventType");
    Objects.requireNonNull(maxAdvanceDays, "maxAdvanceDays");
    Objects.requireNonNull(minNotice, "minNotice");
    Objects.requireNonNull(frequency, "frequency");
  }

  public boolean covers(String eventTypeSlug) {
    return eventType.map(eventTypeSlug::equals).orElse(true);
  }

  public Duration release() {
    return Duration.ofHours(releaseHours);
  }
}
