package com.metalogics.booking.core.application;

import com.metalogics.booking.core.domain.Booking;
import com.metalogics.booking.core.domain.CrmOrigin;
import com.metalogics.booking.core.port.out.BookingRepository;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Stores on a booking where the CRM says its contact came from, once, and counts it for the
 * insights in the same write. A booking that changed meanwhile is left alone: its next CRM effect
 * brings the origin again.
 */
final class CrmOrigins {

  private final BookingRepository repository;
  private final Tallies tallies;
  private final Clock clock;

  CrmOrigins(BookingRepository repository, Tallies tallies, Clock clock) {
    this.repository = repository;
    this.tallies = tallies;
    this.clock = clock;
  }

  void store(Booking booking, CrmOrigin origin) {
    Optional<Booking> current = repository.findById(booking.id());
    if (current.isEmpty() || current.get().attribution().crmOrigin().isPresent()) {
      return;
    }
    Booking latest = current.get();
    repository.update(
        latest.withAttribution(latest.attribution().withCrmOrigin(origin)),
        List.of(),
        tallies.crmOrigin(latest, origin, clock.instant()));
  }
}
