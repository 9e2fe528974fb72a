package com.metalogics.booking.core.port.out;

import java.util.Objects;

/**
 * A catalog item as storage holds it, with the version a later edit must name.
 *
 * @param version 1 after the first save, incremented by every save
 */
public record Stored<T>(T value, long version) {

  public Stored {
    Objects.requireNonNull(value, "value");
    if (version < 1) {
      throw new IllegalArgumentException("version must be at least 1");
    }
  }
}
