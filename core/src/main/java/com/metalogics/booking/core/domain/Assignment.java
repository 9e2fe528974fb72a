package com.metalogics.booking.core.domain;

/** How an event type picks hosts from its pool. */
public enum Assignment {
  /** The one host of the pool. */
  SINGLE,
  /** One free host, chosen by priority, then fairness. */
  ROUND_ROBIN,
  /** Every host of the pool, all free at once. */
  COLLECTIVE
}
