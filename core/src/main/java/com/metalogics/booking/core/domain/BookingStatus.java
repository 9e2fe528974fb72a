package com.metalogics.booking.core.domain;

/** Lifecycle of a booking; a cancelled booking never becomes active again. */
public enum BookingStatus {
  CONFIRMED,
  CANCELLED;

  public boolean isActive() {
    return this == CONFIRMED;
  }
}
