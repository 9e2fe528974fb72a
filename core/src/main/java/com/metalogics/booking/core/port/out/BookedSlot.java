package com.metalogics.booking.core.port.out;

import com.metalogics.booking.core.domain.Booking;
import com.metalogics.booking.core.domain.Placement;
import com.metalogics.booking.core.domain.TimeSlot;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * What availability needs of an active booking: which one it is, its slot and where it is placed
 * (event type, hosts). Reading only this keeps a slots answer over a busy month from building a
 * whole booking (attendee, sync summary, attribution) per row.
 */
public record BookedSlot(UUID id, TimeSlot slot, Placement placement) {

  public BookedSlot {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(slot, "slot");
    Objects.requireNonNull(placement, "placement");
  }

  public static BookedSlot of(Booking booking) {
    return new BookedSlot(booking.id(), booking.slot(), booking.placement());
  }

  public Instant startTime() {
    return slot.start();
  }
}
