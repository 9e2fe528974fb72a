package com.metalogics.booking.core.port.out;

import java.time.Instant;
import java.util.Objects;

/**
 * The bookings a host is counted as having in the fairness period starting at {@code period}
 * without having taken them: the pool's level when they joined it, so that a newcomer is not handed
 * every booking until they catch up. A credit of an earlier period counts for nothing.
 */
public record PoolCredit(int bookings, Instant period) {

  public PoolCredit {
    Objects.requireNonNull(period, "period");
    if (bookings < 0) {
      throw new IllegalArgumentException("bookings must not be negative");
    }
  }
}
