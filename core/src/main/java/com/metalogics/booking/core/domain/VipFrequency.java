package com.metalogics.booking.core.domain;

import java.util.Objects;

/** How a VIP tier changes the per-e-mail frequency limit of the event types it covers. */
public sealed interface VipFrequency {

  /** The event type's own limit (or the service's default) applies, as to everyone. */
  record TypeDefault() implements VipFrequency {}

  /** No per-e-mail limit at all. */
  record Unlimited() implements VipFrequency {}

  /** The tier's own limit replaces the type's. */
  record Limited(EmailFrequencyLimit limit) implements VipFrequency {
    public Limited {
      Objects.requireNonNull(limit, "limit");
    }
  }

  VipFrequency TYPE_DEFAULT = new TypeDefault();
  VipFrequency UNLIMITED = new Unlimited();
}
