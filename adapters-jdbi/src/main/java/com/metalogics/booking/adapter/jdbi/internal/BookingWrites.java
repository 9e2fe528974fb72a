package com.metalogics.booking.adapter.jdbi.internal;

import com.metalogics.booking.core.domain.Booking;
import com.metalogics.booking.core.domain.Effect;
import com.metalogics.booking.core.domain.SyncSummary;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/**
 * The writes of a booking together with its effects. Each first locks the booking's row, so that
 * the summary of its effects it writes is never overtaken by one written meanwhile.
 */
final class BookingWrites {

  private BookingWrites() {}

  /**
   * Writes the booking with its new effects and the summary of all of them, and moves its count in
   * the round-robin tally.
   */
  static Optional<Booking> write(
      Handle handle, Dialect dialect, Booking booking, List<Effect> effects) {
    EffectTable.cancelSuperseded(handle, booking.id(), booking.revision(), booking.updatedAt());
    EffectTable.insert(handle, effects);
    SyncSummary sync =
        SyncSummary.derive(booking.revision(), EffectTable.ofBooking(handle, booking.id()));
    Booking summarised = booking.withSync(sync);
    HostLoads loads = HostLoads.of(dialect);
    Optional<HostLoads.Entry> stored = loads.stored(handle, booking.id());
    int rows = BookingColumns.write(handle, BookingColumns.UPDATE, summarised);
    if (rows != 1) {
      throw new IllegalStateException("booking " + booking.id() + " vanished under its lock");
    }
    BookingHosts.update(handle, summarised);
    loads.updated(handle, stored, summarised);
    return Optional.of(summarised.withVersion(booking.version() + 1));
  }

  /**
   * Takes the booking row's lock. H2 keeps no {@code SELECT ... FOR UPDATE} in its statement cache
   * and parses it on every run, so the lock reads one column and the row comes from a plain {@code
   * SELECT}, which H2 parses once per connection. Reading the whole row for update spent a third of
   * its time parsing, and took 8 % of the samples in the paced run with the calendar and CRM on.
   */
  private static final DirectStatement LOCK =
      DirectStatement.of("lock booking", "SELECT version FROM bookings WHERE id = :id FOR UPDATE");

  private static final DirectStatement BY_ID =
      DirectStatement.of("booking by id", "SELECT * FROM bookings WHERE id = :id");

  /** Locks the booking's row until the transaction ends; its version, empty when unknown. */
  static Optional<Long> lockedVersion(Handle handle, UUID id) {
    return first(LOCK.queryList(handle, name -> id, row -> row.getLong(1)));
  }

  /** Locks the booking's row until the transaction ends, and reads it. */
  static Optional<Booking> locked(Handle handle, UUID id, BookingRowMapper mapper) {
    if (lockedVersion(handle, id).isEmpty()) {
      return Optional.empty();
    }
    return byId(handle, id, mapper);
  }

  /** The booking as stored, empty when unknown; on plain JDBC, as every outcome stored reads it. */
  static Optional<Booking> byId(Handle handle, UUID id, BookingRowMapper mapper) {
    return first(BY_ID.queryList(handle, name -> id, mapper::read));
  }

  private static <T> Optional<T> first(List<T> rows) {
    return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
  }

  /**
   * Stores the outcomes of effects of one booking under its row's lock, then its summary once. The
   * row is read again only when {@code known} is absent or older than the stored version.
   *
   * @return the booking after the write; empty when it or every effect is unknown
   */
  static Optional<Booking> storeOutcomes(
      Handle handle, Optional<Booking> known, List<Effect> effects, BookingRowMapper mapper) {
    UUID id = effects.get(0).bookingId();
    Optional<Long> version = lockedVersion(handle, id);
    if (version.isEmpty()) {
      return Optional.empty();
    }
    Optional<Booking> booking =
        known
            .filter(b -> b.id().equals(id) && b.version() == version.get())
            .or(() -> byId(handle, id, mapper));
    if (booking.isEmpty()) {
      return Optional.empty();
    }
    boolean stored = false;
    for (Effect effect : effects) {
      stored |= EffectTable.update(handle, effect);
    }
    return stored ? Optional.of(summarise(handle, booking.get())) : Optional.empty();
  }

  /** Rewrites the booking's summary from its effects; the booking with it. */
  static Booking summarise(Handle handle, Booking booking) {
    SyncSummary sync =
        SyncSummary.derive(booking.revision(), EffectTable.ofBooking(handle, booking.id()));
    if (!sync.equals(booking.sync())) {
      BookingColumns.writeSummary(handle, booking.id(), sync);
    }
    return booking.withSync(sync);
  }
}
