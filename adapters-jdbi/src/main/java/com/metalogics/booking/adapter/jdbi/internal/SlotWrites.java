package com.metalogics.booking.adapter.jdbi.internal;

import com.metalogics.booking.core.domain.Assignment;
import com.metalogics.booking.core.domain.Booking;
import com.metalogics.booking.core.domain.Effect;
import com.metalogics.booking.core.domain.FrequencyLimitExceededException;
import com.metalogics.booking.core.domain.SlotUnavailableException;
import com.metalogics.booking.core.domain.SyncSummary;
import com.metalogics.booking.core.domain.TimeSlot;
import com.metalogics.booking.core.port.out.FrequencyLimit;
import com.metalogics.booking.core.port.out.HostChoice;
import com.metalogics.booking.core.port.out.PeriodCap;
import com.metalogics.booking.core.port.out.Reservation;
import com.metalogics.booking.core.port.out.Tally;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;

/**
 * The writes that take or move a slot: the work {@link GroupCommit} runs with the calendar lock
 * held. Each checks what the lock makes stable (overlaps, limits, the stored version) and then
 * writes; a refusal throws before anything is written, so the batch it runs in goes on.
 */
final class SlotWrites {

  private static final String SELECT_BOOKING = "SELECT * FROM bookings ";

  private final Dialect dialect;
  private final BookingRowMapper mapper;

  SlotWrites(Dialect dialect, BookingRowMapper mapper) {
    this.dialect = dialect;
    this.mapper = mapper;
  }

  /** The stored booking, or the earlier one that the same idempotency key or request made. */
  Booking reserve(Handle handle, Reservation asked, BatchCounts counts) {
    Reservation reservation = asked;
    if (asked.choice().assignment() != Assignment.SINGLE) {
      Optional<Booking> earlier =
          asked.booking().idempotencyKey().flatMap(key -> findByKey(handle, key));
      if (earlier.isPresent()) {
        return earlier.get();
      }
      reservation = assign(handle, asked, counts);
    }
    ReserveChecks checks = ReserveChecks.forReservation(handle, dialect, reservation);
    Optional<Booking> earlier = checks.earlierId().flatMap(id -> findById(handle, id));
    if (earlier.isPresent()) {
      return earlier.get();
    }
    refuseIfTaken(checks, reservation);
    Booking stored =
        reservation
            .booking()
            .withVersion(1)
            .withSync(SyncSummary.derive(reservation.booking().revision(), reservation.effects()));
    BookingColumns.write(handle, BookingColumns.INSERT, stored);
    BookingHosts.insert(handle, stored);
    HostLoads.Entry.of(stored).ifPresent(counts::load);
    EffectTable.insert(handle, reservation.effects());
    counts.tallies(reservation.tallies());
    return stored;
  }

  /** A pool's choice of host, made on the ledger this batch has seen so far. */
  private Reservation assign(Handle handle, Reservation asked, BatchCounts counts) {
    Booking booking = asked.booking();
    return asked.assignedTo(
        asked
            .choice()
            .decide(
                counts.cached(BookingHosts.ledger(handle, dialect, booking, asked.buffer())),
                booking.slot()));
  }

  private static void refuseIfTaken(ReserveChecks checks, Reservation reservation) {
    TimeSlot slot = reservation.booking().slot();
    if (checks.overlapping()) {
      throw alreadyBooked(slot);
    }
    if (checks.capReached()) {
      throw limitReached(slot);
    }
    FrequencyLimit limit = reservation.limit();
    int max = checks.limitOverride().orElse(limit.maxBookings());
    if (checks.recentBookings() >= max) {
      throw new FrequencyLimitExceededException(max, limit.windowDays());
    }
  }

  /** Moves a booking to another slot with its hosts; empty when its stored version moved on. */
  Optional<Booking> move(Handle handle, BatchCounts counts, Booking rescheduled, Move move) {
    counts.settle(HostLoads.of(dialect), handle);
    if (BookingWrites.lockedVersion(handle, rescheduled.id())
        .filter(v -> v == rescheduled.version())
        .isEmpty()) {
      return Optional.empty();
    }
    ReserveChecks checks =
        ReserveChecks.forMove(handle, dialect, rescheduled, move.buffer(), move.caps());
    if (checks.storedVersion().filter(v -> v == rescheduled.version()).isEmpty()) {
      return Optional.empty();
    }
    if (checks.overlapping() || coHostsOverlap(handle, rescheduled, move.buffer())) {
      throw alreadyBooked(rescheduled.slot());
    }
    if (checks.capReached()) {
      throw limitReached(rescheduled.slot());
    }
    counts.tallies(move.tallies());
    Optional<Booking> written = BookingWrites.write(handle, dialect, rescheduled, move.effects());
    counts.settle(HostLoads.of(dialect), handle);
    return written;
  }

  /** Moves a pool's booking, letting {@code choice} pick its host for the new slot. */
  Optional<Booking> moveAmongHosts(
      Handle handle, BatchCounts counts, Booking rescheduled, Move move, HostChoice choice) {
    counts.settle(HostLoads.of(dialect), handle);
    Optional<Booking> moved =
        HostMoves.move(
            handle,
            dialect,
            counts,
            rescheduled,
            move.buffer(),
            move.caps(),
            choice,
            move.effects(),
            move.tallies());
    counts.settle(HostLoads.of(dialect), handle);
    return moved;
  }

  private boolean coHostsOverlap(Handle handle, Booking booking, Duration buffer) {
    TimeSlot widened = booking.slot().widen(buffer);
    return booking.placement().coHosts().stream()
        .anyMatch(host -> BookingHosts.overlaps(handle, dialect, booking, host, widened));
  }

  Optional<Booking> findById(Handle handle, UUID id) {
    return BookingWrites.byId(handle, id, mapper);
  }

  Optional<Booking> findByKey(Handle handle, String idempotencyKey) {
    return findOne(handle, "booking by idempotency key", "idempotency_key", idempotencyKey);
  }

  /** The booking whose {@code column} (a unique one) holds {@code value}. */
  private Optional<Booking> findOne(Handle handle, String name, String column, Object value) {
    return handle
        .createQuery(SELECT_BOOKING + "WHERE " + column + " = :value")
        .define(SqlErrors.STATEMENT_NAME, name)
        .bind("value", value)
        .map(mapper)
        .findOne();
  }

  /** PostgreSQL's exclusion constraint caught an overlap the lock should have prevented. */
  static <T> T guard(TimeSlot slot, Supplier<T> write) {
    try {
      return write.get();
    } catch (StorageFailure e) {
      if (SqlErrors.isExclusionViolation(e)) {
        throw alreadyBooked(slot);
      }
      throw e;
    }
  }

  private static SlotUnavailableException alreadyBooked(TimeSlot slot) {
    return new SlotUnavailableException(slot, SlotUnavailableException.Reason.ALREADY_BOOKED);
  }

  private static SlotUnavailableException limitReached(TimeSlot slot) {
    return new SlotUnavailableException(slot, SlotUnavailableException.Reason.LIMIT_REACHED);
  }

  /** What a reschedule carries besides the booking: its buffer, caps, effects and tallies. */
  record Move(Duration buffer, List<PeriodCap> caps, List<Effect> effects, List<Tally> tallies) {
    Move {
      caps = List.copyOf(caps);
    }
  }
}
