package com.metalogics.booking.adapter.jdbi.internal;

import com.metalogics.booking.core.domain.Booking;
import com.metalogics.booking.core.domain.TimeSlot;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

/**
 * Everything reserve and reschedule decide on, read in one round trip once the calendar lock is
 * held: is another active booking in the widened slot, how many recent bookings the e-mail holds,
 * is there a limit override, was the idempotency key used, which version is stored.
 */
record ReserveChecks(
    boolean overlapping,
    int recentBookings,
    Optional<Integer> limitOverride,
    Optional<UUID> earlierId,
    Optional<Long> storedVersion) {

  /**
   * Only asked when there is a key: H2 answers {@code idempotency_key = NULL} by walking every NULL
   * entry of the unique index, that is, every booking made without a key.
   */
  private static final String EARLIER_ID = "(SELECT id FROM bookings WHERE idempotency_key = :key)";

  private static final String NO_EARLIER_ID = "CAST(NULL AS UUID)";

  private static final String COUNT_BY_EMAIL =
      "SELECT COUNT(*) FROM bookings WHERE email_normalized = :email"
          + " AND status <> 'CANCELLED' AND created_at >= :since";

  private static final String SQL =
      "SELECT"
          + " CASE WHEN %s"
          + "   THEN 1 ELSE 0 END AS overlapping,"
          + " ("
          + COUNT_BY_EMAIL
          + ") AS recent_bookings,"
          + " (SELECT max_bookings FROM booking_limit_overrides"
          + "   WHERE email_normalized = :email) AS limit_override,"
          + " %s AS earlier_id,"
          + " (SELECT version FROM bookings WHERE id = :id) AS stored_version";

  /** Formatted once per dialect, with and without a key: this runs under the calendar lock. */
  private static final Map<Dialect, List<DirectStatement>> SQL_BY_DIALECT =
      new EnumMap<>(Dialect.class);

  static {
    for (Dialect dialect : Dialect.values()) {
      String overlapping = dialect.otherConfirmedOverlaps("w_start", "w_end");
      SQL_BY_DIALECT.put(
          dialect,
          List.of(
              DirectStatement.of("reserve checks", String.format(SQL, overlapping, NO_EARLIER_ID)),
              DirectStatement.of(
                  "reserve checks with key", String.format(SQL, overlapping, EARLIER_ID))));
    }
  }

  /**
   * @param since start of the frequency window; {@code recentBookings} counts from there
   */
  static ReserveChecks load(
      Handle handle, Dialect dialect, Booking booking, TimeSlot widened, Instant since) {
    Optional<String> key = booking.idempotencyKey();
    DirectStatement statement = SQL_BY_DIALECT.get(dialect).get(key.isPresent() ? 1 : 0);
    return statement.queryOne(
        handle,
        name ->
            switch (name) {
              case "id" -> booking.id();
              case "email" -> booking.attendee().normalizedEmail();
              case "key" -> key.orElseThrow();
              case "w_start" -> widened.start();
              case "w_end" -> widened.end();
              case "since" -> since;
              default -> throw new IllegalArgumentException("No parameter " + name);
            },
        row ->
            new ReserveChecks(
                row.getInt("overlapping") == 1,
                row.getInt("recent_bookings"),
                Optional.ofNullable(row.getObject("limit_override", Integer.class)),
                Optional.ofNullable(row.getObject("earlier_id", UUID.class)),
                Optional.ofNullable(row.getObject("stored_version", Long.class))));
  }

  static int countByEmail(Handle handle, String normalizedEmail, Instant since) {
    Query query =
        handle
            .createQuery(COUNT_BY_EMAIL)
            .define(SqlErrors.STATEMENT_NAME, "count bookings by e-mail")
            .bind("email", normalizedEmail);
    BookingColumns.bindInstant(query, "since", Optional.of(since));
    return query.mapTo(Long.class).one().intValue();
  }
}
