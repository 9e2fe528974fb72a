package com.metalogics.booking.core.port.in;

import java.util.Optional;

/**
 * Host names for labelling answers, from the catalog as this instance last read it: the use case
 * that made the booking has just read it, so asking storage again would only repeat that read.
 * Never used to decide anything.
 */
public interface HostNames {

  /** The name of the host, empty when the catalog as last read has no such host. */
  Optional<String> nameOf(String hostId);
}
