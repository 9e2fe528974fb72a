package com.metalogics.booking.core.application;

import com.metalogics.booking.core.availability.Availability;
import com.metalogics.booking.core.domain.SlotUnavailableException;
import com.metalogics.booking.core.domain.SlotUnavailableException.Reason;
import com.metalogics.booking.core.domain.TimeSlot;
import com.metalogics.booking.core.port.out.BookingRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Would the slots query offer this start? Asked of the availability function with the stored
 * bookings, before the calendar is asked ({@link CalendarCheck}, which names its own reason) and
 * before the reservation checks the overlap and the limits again, atomically.
 */
final class Admission {

  private final BookingRepository repository;

  Admission(BookingRepository repository) {
    this.repository = repository;
  }

  /**
   * @param moving the booking being rescheduled: neither busy nor counted against itself
   * @throws SlotUnavailableException with the reason; a booking in the way is {@code
   *     ALREADY_BOOKED}, as the reservation would say
   */
  void require(Offer offer, TimeSlot slot, Optional<UUID> moving, Instant now) {
    var bookings = repository.findActiveOverlapping(offer.bookingSpan(slot));
    Optional<Reason> refusal =
        Availability.refusalOf(offer.input(bookings, List.of(), moving, now), slot);
    if (refusal.isPresent()) {
      Reason reason = refusal.get() == Reason.BUSY ? Reason.ALREADY_BOOKED : refusal.get();
      throw new SlotUnavailableException(slot, reason);
    }
  }
}
