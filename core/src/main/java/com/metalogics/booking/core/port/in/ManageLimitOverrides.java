package com.metalogics.booking.core.port.in;

import java.util.Optional;

/** Per-e-mail exceptions to the frequency limit, set by the admin. */
public interface ManageLimitOverrides {

  void set(String email, int maxBookings);

  void clear(String email);

  Optional<Integer> find(String email);
}
