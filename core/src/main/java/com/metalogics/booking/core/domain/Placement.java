package com.metalogics.booking.core.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * Which event type a booking was made for, which host takes it, and the VIP tier it was made under.
 *
 * @param eventType the event type's slug
 * @param hostId the assigned host's id
 * @param vipTier the id of the VIP tier whose rules admitted the booking; empty for the ordinary
 *     rules
 */
public record Placement(String eventType, String hostId, Optional<String> vipTier) {

  /** The event type and host a fresh database is seeded with, and phase-1 bookings belong to. */
  public static final Placement DEFAULT = new Placement("meeting", "owner");

  public Placement {
    Objects.requireNonNull(eventType, "eventType");
    Objects.requireNonNull(hostId, "hostId");
    Objects.requireNonNull(vipTier, "vipTier");
  }

  /** A placement under the ordinary rules. */
  public Placement(String eventType, String hostId) {
    this(eventType, hostId, Optional.empty());
  }

  /** The same type and host, under {@code tier}'s rules (or the ordinary ones when empty). */
  public Placement underTier(Optional<String> tier) {
    return new Placement(eventType, hostId, tier);
  }
}
