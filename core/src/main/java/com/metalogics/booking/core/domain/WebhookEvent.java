package com.metalogics.booking.core.domain;

import java.util.Arrays;
import java.util.Optional;

/** What a webhook subscription can ask to be told about, named as the wire names it. */
public enum WebhookEvent {
  BOOKING_CREATED("booking.created"),
  BOOKING_RESCHEDULED("booking.rescheduled"),
  BOOKING_CANCELLED("booking.cancelled"),
  BOOKING_CONFLICTED("booking.conflicted"),
  BOOKING_REASSIGNED("booking.reassigned");

  private final String wireName;

  WebhookEvent(String wireName) {
    this.wireName = wireName;
  }

  /** The name in the event's {@code type} field and in a subscription's {@code events}. */
  public String wireName() {
    return wireName;
  }

  public static Optional<WebhookEvent> fromWireName(String name) {
    return Arrays.stream(values()).filter(e -> e.wireName.equals(name)).findFirst();
  }
}
