package com.metalogics.booking.adapter.jdbi.internal;

import com.metalogics.booking.core.domain.Assignment;
import com.metalogics.booking.core.domain.Booking;
import com.metalogics.booking.core.domain.TimeSlot;
import com.metalogics.booking.core.port.out.FrequencyLimit;
import com.metalogics.booking.core.port.out.PeriodCap;
import com.metalogics.booking.core.port.out.Reservation;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

/**
 * Everything reserve and reschedule decide on, read in one round trip once the calendar lock is
 * held: has the lead host another active booking in the widened slot, is a period cap of the event
 * type (or of the host) full, how many recent bookings the e-mail holds (of one type or of all), is
 * there a limit override, was the idempotency key used, which version is stored.
 */
record ReserveChecks(
    boolean overlapping,
    boolean capReached,
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

  private static final String BY_EMAIL =
      " FROM bookings WHERE email_normalized = :email"
          + " AND status <> 'CANCELLED' AND created_at >= :since";

  private static final String COUNT_BY_EMAIL = "SELECT COUNT(*)" + BY_EMAIL;

  /**
   * The type is a FILTER, not a WHERE condition, so that only the e-mail can lead the index search:
   * on a young table without statistics, PostgreSQL's planner took the index by type and read every
   * booking of the type on each reservation.
   */
  private static final String COUNT_BY_EMAIL_OF_TYPE =
      "SELECT COUNT(*) FILTER (WHERE event_type = :f_type)" + BY_EMAIL;

  private static final String SQL =
      "SELECT"
          + " CASE WHEN %s"
          + "   THEN 1 ELSE 0 END AS overlapping,"
          + " (%s) AS recent_bookings,"
          + " (SELECT max_bookings FROM booking_limit_overrides"
          + "   WHERE email_normalized = :email) AS limit_override,"
          + " %s AS earlier_id,"
          + " (SELECT version FROM bookings WHERE id = :id) AS stored_version"
          + "%s";

  /** Built once per shape and reused: this runs under the calendar lock. */
  private static final Map<Shape, DirectStatement> STATEMENTS = new ConcurrentHashMap<>();

  /**
   * The checks of a new booking, with the reservation's caps and e-mail limit; of a single-host
   * type, with the host's own caps too (a pool's hosts were checked when one was chosen).
   */
  static ReserveChecks forReservation(Handle handle, Dialect dialect, Reservation reservation) {
    Booking booking = reservation.booking();
    FrequencyLimit limit = reservation.limit();
    List<PeriodCap> caps = reservation.caps();
    if (reservation.choice().assignment() == Assignment.SINGLE) {
      caps = new ArrayList<>(caps);
      caps.addAll(reservation.choice().pool().get(0).caps());
    }
    return load(
        handle,
        dialect,
        new Question(
            booking,
            booking.slot().widen(reservation.buffer()),
            limit.windowStart(),
            limit.eventType(),
            caps));
  }

  /**
   * The checks of a booking moving to its new slot. Moving changes no e-mail's count, so {@code
   * recentBookings} is read over all types since the booking was made, and not meant to be checked.
   */
  static ReserveChecks forMove(
      Handle handle, Dialect dialect, Booking moved, Duration buffer, List<PeriodCap> caps) {
    return load(
        handle,
        dialect,
        new Question(moved, moved.slot().widen(buffer), moved.createdAt(), Optional.empty(), caps));
  }

  private static ReserveChecks load(Handle handle, Dialect dialect, Question q) {
    Shape shape =
        new Shape(
            dialect,
            q.booking.idempotencyKey().isPresent(),
            q.frequencyType.isPresent(),
            q.caps.stream().map(c -> c.hostId().isPresent()).toList());
    return STATEMENTS
        .computeIfAbsent(shape, Shape::statement)
        .queryOne(handle, q::value, row -> q.read(row));
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

  /**
   * What the statement differs by: a key to look up, a type to count for the e-mail, caps (true for
   * a host's own).
   */
  private record Shape(Dialect dialect, boolean withKey, boolean ofType, List<Boolean> hostCaps) {

    DirectStatement statement() {
      StringBuilder capCounts = new StringBuilder();
      for (int i = 0; i < hostCaps.size(); i++) {
        capCounts.append(", (");
        capCounts.append(
            hostCaps.get(i)
                ? BookingHosts.countConfirmedOfHost(dialect, "cap" + i)
                : dialect.countConfirmedOfType("cap" + i, "id"));
        capCounts.append(") AS cap_").append(i);
      }
      int caps = hostCaps.size();
      String sql =
          String.format(
              SQL,
              BookingHosts.otherConfirmedOverlaps(dialect, "host", "w_start", "w_end"),
              ofType ? COUNT_BY_EMAIL_OF_TYPE : COUNT_BY_EMAIL,
              withKey ? EARLIER_ID : NO_EARLIER_ID,
              capCounts);
      String name =
          "reserve checks"
              + (withKey ? " with key" : "")
              + (ofType ? " of a type" : "")
              + (caps > 0 ? " with " + caps + " caps" : "");
      return DirectStatement.of(name, sql);
    }
  }

  private record Question(
      Booking booking,
      TimeSlot widened,
      Instant since,
      Optional<String> frequencyType,
      List<PeriodCap> caps) {

    Object value(String name) {
      return switch (name) {
        case "id" -> booking.id();
        case "email" -> booking.attendee().normalizedEmail();
        case "key" -> booking.idempotencyKey().orElseThrow();
        case "w_start" -> widened.start();
        case "w_end" -> widened.end();
        case "since" -> since;
        case "f_type" -> frequencyType.orElseThrow();
        case "host" -> booking.placement().hostId();
        default -> BookingHosts.capValue(caps, booking.placement().hostId(), name);
      };
    }

    ReserveChecks read(ResultSet row) throws SQLException {
      boolean capReached = false;
      for (int i = 0; i < caps.size() && !capReached; i++) {
        capReached = row.getLong("cap_" + i) >= caps.get(i).max();
      }
      return new ReserveChecks(
          row.getInt("overlapping") == 1,
          capReached,
          row.getInt("recent_bookings"),
          Optional.ofNullable(row.getObject("limit_override", Integer.class)),
          Optional.ofNullable(row.getObject("earlier_id", UUID.class)),
          Optional.ofNullable(row.getObject("stored_version", Long.class)));
    }
  }
}
