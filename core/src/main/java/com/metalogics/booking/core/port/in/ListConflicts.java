package com.metalogics.booking.core.port.in;

import com.metalogics.booking.core.domain.Booking;
import java.util.List;

/** The confirmed bookings an outside calendar event overlaps, for the admin. */
public interface ListConflicts {

  /** At most {@code limit}, the earliest start first. */
  List<Booking> conflicts(int limit);
}
