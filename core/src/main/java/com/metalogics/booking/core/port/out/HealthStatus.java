package com.metalogics.booking.core.port.out;

/** What a readiness probe reports for one dependency. */
public enum HealthStatus {
  UP,
  DOWN,
  DISABLED,
  /**
   * Working, but its last run failed: reported, yet no reason to take the instance out of service
   * (a background job whose failure does not stop requests from being served).
   */
  DEGRADED
}
