package com.metalogics.booking.adapter.jdbi.internal;

import com.metalogics.booking.core.domain.Booking;
import com.metalogics.booking.core.domain.EnabledIntegrations;
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

  private SyncClaims() {}

  /** Up to {@code limit} bookings due at {@code now}, claimed until {@code until}. */
  record Claim(Instant now, Instant until, int limit, EnabledIntegrations integrations) {}

  static List<Booking> claim(Handle handle, Dialect dialect, BookingRowMapper mapper, Claim claim) {
    if (claim.limit() < 1 || claim.integrations().enabled().isEmpty()) {
      return List.of();
    }
    if (!dialect.supportsSkipLocked()) {
      Locks.lock(handle, dialect, Locks.SYNC);
    }
    String due =
        "SELECT * FROM bookings WHERE "
            + SyncSql.pending(claim.integrations())
            + " AND (next_attempt_at IS NULL OR next_attempt_at <= :now)"
            + " AND (claimed_until IS NULL OR claimed_until <= :now)"
            + " ORDER BY updated_at, id LIMIT :limit"
            + (dialect.supportsSkipLocked() ? " FOR UPDATE SKIP LOCKED" : "");
    Query select =
        handle
            .createQuery(due)
            .define(SqlErrors.STATEMENT_NAME, "bookings due for sync")
            .bind("limit", claim.limit());
    BookingColumns.bindInstant(select, "now", Optional.of(claim.now()));
    List<Booking> claimed = select.map(mapper).list();
    if (!claimed.isEmpty()) {
      markClaimed(handle, claimed, claim.until());
    }
    return claimed;
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
