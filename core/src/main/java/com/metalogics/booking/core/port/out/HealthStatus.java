package com.metalogics.booking.core.port.out;

/** What a readiness probe reports for one dependency. */
public enum HealthStatus {
  UP,
  DOWN,
  DISABLED
}
