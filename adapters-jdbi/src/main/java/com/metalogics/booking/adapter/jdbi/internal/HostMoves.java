package com.metalogics.booking.adapter.jdbi.internal;

import com.metalogics.booking.core.domain.Booking;
import com.metalogics.booking.core.domain.Effect;
import com.metalogics.booking.core.domain.Placement;
import com.metalogics.booking.core.domain.SlotUnavailableException;
import com.metalogics.booking.core.port.out.HostChoice;
import com.metalogics.booking.core.port.out.PeriodCap;
import com.metalogics.booking.core.port.out.Tally;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * A booking moving to a new slot with its hosts chosen anew, inside the calendar lock: the choice
 * is made as a reservation's is, the type's caps are checked, and the booking's host rows are
 * replaced.
 */
final class HostMoves {

  private HostMoves() {}

  static Optional<Booking> move(
      Handle handle,
      Dialect dialect,
      BatchCounts counts,
      Booking rescheduled,
      Duration buffer,
      List<PeriodCap> caps,
      HostChoice choice,
      List<Effect> effects,
      List<Tally> tallies) {
    if (BookingWrites.lockedVersion(handle, rescheduled.id())
        .filter(v -> v == rescheduled.version())
        .isEmpty()) {
      return Optional.empty();
    }
    HostChoice.Decision decision =
        choice.decide(
            BookingHosts.ledger(handle, dialect, rescheduled, buffer), rescheduled.slot());
    Placement placement = rescheduled.placement().assignedTo(decision.hosts(), decision.reason());
    Booking placed = rescheduled.withPlacement(placement);
    ReserveChecks checks = ReserveChecks.forMove(handle, dialect, placed, buffer, caps);
    if (checks.capReached()) {
      throw new SlotUnavailableException(
          placed.slot(), SlotUnavailableException.Reason.LIMIT_REACHED);
    }
    tallies.forEach(t -> counts.tally(t.withPlacement(placement)));
    BookingHosts.delete(handle, placed);
    Optional<Booking> written = BookingWrites.write(handle, dialect, placed, effects);
    written.ifPresent(b -> BookingHosts.insert(handle, b));
    return written;
  }
}
