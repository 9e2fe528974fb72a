package com.metalogics.booking.core.port.out;

import java.util.List;
import java.util.Objects;

/**
 * A host of an event type's pool as the assignment weighs them.
 *
 * @param priority 0 (lowest) to 4: a higher one is chosen first
 * @param weight 1 to 100: the host's share of the type's bookings
 * @param caps the type's limits per host for the periods the slot starts in, for this host
 */
public record PoolHost(String id, int priority, int weight, List<PeriodCap> caps) {

  public PoolHost {
    Objects.requireNonNull(id, "id");
    caps = List.copyOf(caps);
    if (weight < 1) {
      throw new IllegalArgumentException("weight must be at least 1");
    }
  }
}
