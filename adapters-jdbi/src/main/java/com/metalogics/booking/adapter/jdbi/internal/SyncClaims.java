package com.metalogics.booking.adapter.jdbi.internal;

import com.metalogics.booking.core.domain.Booking;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.Update;

/**
 * Hands due sync work to one claimer at a time. PostgreSQL claimers skip each other's locked rows
 * and so work in parallel; on H2 they queue on the {@code sync} lock row. A claim is just {@code
 * claimed_until}: when the claimer dies, the claim lapses by itself.
 */
final class SyncClaims {

  private static final String DUE =
      "SELECT * FROM bookings WHERE needs_sync = TRUE"
          + " AND (next_attempt_at IS NULL OR next_attempt_at <= :now)"
          + " AND (claimed_until IS NULL OR claimed_until <= :now)"
          + " ORDER BY updated_at, id LIMIT :limit";

  private SyncClaims() {}

  static List<Booking> claim(
      Handle handle,
      Dialect dialect,
      BookingRowMapper mapper,
      Instant now,
      Instant until,
      int limit) {
    if (limit < 1) {
      return List.of();
    }
    if (!dialect.supportsSkipLocked()) {
      Locks.lock(handle, dialect, Locks.SYNC);
    }
    Query select =
        handle
            .createQuery(DUE + (dialect.supportsSkipLocked() ? " FOR UPDATE SKIP LOCKED" : ""))
            .define(SqlErrors.STATEMENT_NAME, "bookings due for sync")
            .bind("limit", limit);
    BookingColumns.bindInstant(select, "now", Optional.of(now));
    List<Booking> due = select.map(mapper).list();
    if (!due.isEmpty()) {
      markClaimed(handle, due, until);
    }
    return due;
  }

  private static void markClaimed(Handle handle, List<Booking> due, Instant until) {
    String ids =
        IntStream.range(0, due.size()).mapToObj(i -> ":id" + i).collect(Collectors.joining(", "));
    Update update =
        handle
            .createUpdate("UPDATE bookings SET claimed_until = :until WHERE id IN (" + ids + ")")
            .define(SqlErrors.STATEMENT_NAME, "claim bookings for sync");
    BookingColumns.bindInstant(update, "until", Optional.of(until));
    for (int i = 0; i < due.size(); i++) {
      update.bind("id" + i, due.get(i).id());
    }
    update.execute();
  }
}
