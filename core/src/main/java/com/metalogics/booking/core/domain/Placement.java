package com.metalogics.booking.core.domain;

import java.util.Objects;

/**
 * Which event type a booking was made for and which host takes it.
 *
 * @param eventType the event type's slug
 * @param hostId the assigned host's id
 */
public record Placement(String eventType, String hostId) {

  /** The event type and host a fresh database is seeded with, and phase-1 bookings belong to. */
  public static final Placement DEFAULT = new Placement("meeting", "owner");

  public Placement {
    Objects.requireNonNull(eventType, "eventType");
    Objects.requireNonNull(hostId, "hostId");
  }
}
