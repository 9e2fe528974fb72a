package com.metalogics.booking.core.port.out;

import com.metalogics.booking.core.domain.TimeSlot;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One busy event of a host's calendar, as the calendar's copy keeps it.
 *
 * @param bookingId the booking that made it, for our own events (they carry it in a private
 *     property); empty for an outside event
 */
public record CalendarItem(String eventId, TimeSlot slot, Optional<UUID> bookingId) {

  public CalendarItem {
    Objects.requireNonNull(eventId, "eventId");
    Objects.requireNonNull(slot, "slot");
    Objects.requireNonNull(bookingId, "bookingId");
    if (eventId.isBlank() || eventId.length() > 1024) {
      throw new IllegalArgumentException("eventId must have 1 to 1024 characters");
    }
  }

  /** Made by someone else than this service: what may conflict with a booking. */
  public boolean outside() {
    return bookingId.isEmpty();
  }
}
