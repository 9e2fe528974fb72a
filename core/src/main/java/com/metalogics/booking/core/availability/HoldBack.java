package com.metalogics.booking.core.availability;

import java.time.Duration;
import java.util.Objects;

/**
 * Capacity kept for VIPs: {@code share} percent of each day's slot starts (rounded half up), chosen
 * by {@link HeldBack}, are offered to others only from {@code release} before their start.
 */
public record HoldBack(int share, Duration release) {

  public static final HoldBack NONE = new HoldBack(0, Duration.ZERO);

  public HoldBack {
    Objects.requireNonNull(release, "release");
    if (share < 0 || share > 100) {
      throw new IllegalArgumentException("share must be 0 to 100, was " + share);
    }
    if (release.isNegative()) {
      throw new IllegalArgumentException("release must not be negative");
    }
  }

  public boolean isNone() {
    return share == 0;
  }
}
