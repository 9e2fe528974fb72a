package com.metalogics.booking.adapter.jdbi.internal;

import com.metalogics.booking.core.domain.Booking;
import com.metalogics.booking.core.domain.BookingStatus;
import com.metalogics.booking.core.port.out.HostLoad;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;

/**
 * {@code host_loads}: each host's confirmed bookings of a type per UTC day of creation, from which
 * the round-robin ledger reads its loads (see V16__host_loads.sql). Counted from the bookings, that
 * read grew with the fairness period's bookings, under the calendar lock of every reservation into
 * a pool. Kept exact in the transaction of every write of a booking: each (type, lead host, day)
 * row counts the confirmed bookings it names and holds the latest one's creation time.
 */
final class HostLoads {

  private static final String KEY =
      " WHERE event_type = :type AND on_day = :day AND host_id = :host";

  private static final DirectStatement STORED =
      DirectStatement.of(
          "stored host load key",
          "SELECT event_type, host_id, status, created_at FROM bookings WHERE id = :id");

  private static final DirectStatement LOCK =
      DirectStatement.of(
          "lock host load", "SELECT bookings, last_booked FROM host_loads" + KEY + " FOR UPDATE");

  private static final DirectStatement TAKE_ONE =
      DirectStatement.of("take a host load", "UPDATE host_loads SET bookings = bookings - 1" + KEY);

  private static final DirectStatement DROP =
      DirectStatement.of("drop host load", "DELETE FROM host_loads" + KEY);

  private static final Map<Dialect, HostLoads> BY_DIALECT = new EnumMap<>(Dialect.class);

  static {
    for (Dialect dialect : Dialect.values()) {
      BY_DIALECT.put(dialect, new HostLoads(dialect));
    }
  }

  private final DirectStatement add;
  private final DirectStatement takeLatest;
  private final DirectStatement read;
  private final DirectStatement readWholeDays;

  private HostLoads(Dialect dialect) {
    Map<String, String> key = new LinkedHashMap<>();
    key.put("event_type", "VARCHAR(64)");
    key.put("on_day", "DATE");
    key.put("host_id", "VARCHAR(64)");
    this.add =
        DirectStatement.of(
            "add a host load",
            dialect.upsertAdding(
                "host_loads",
                key,
                List.of("bookings"),
                List.of("last_booked"),
                Map.of("bookings", "INTEGER", "last_booked", "TIMESTAMP(6) WITH TIME ZONE")));
    this.takeLatest =
        DirectStatement.of(
            "take the latest host load",
            "UPDATE host_loads SET bookings = bookings - 1, last_booked = COALESCE((SELECT"
                + " MAX(created_at) "
                + confirmedOfType(dialect)
                + " AND host_id = :host), last_booked)"
                + KEY);
    this.read = DirectStatement.of("round-robin loads", loadsQuery(dialect));
    this.readWholeDays = DirectStatement.of("round-robin loads of whole days", WHOLE_DAYS);
  }

  /**
   * The loads of {@code :type} by host: the tally's rows from day {@code :day} on, and the
   * confirmed bookings created in {@code [:from, :to)}, the part-day before it.
   */
  static String loadsQuery(Dialect dialect) {
    return "SELECT host_id, SUM(bookings) AS bookings, MAX(last_booked) AS last_booked FROM ("
        + "SELECT host_id, bookings, last_booked FROM host_loads"
        + " WHERE event_type = :type AND on_day >= :day"
        + " UNION ALL SELECT host_id, 1 AS bookings, created_at AS last_booked "
        + confirmedOfType(dialect)
        + ") loads GROUP BY host_id";
  }

  /** {@link #loadsQuery} for a period that starts at a UTC midnight: the tally alone. */
  private static final String WHOLE_DAYS =
      "SELECT host_id, SUM(bookings) AS bookings, MAX(last_booked) AS last_booked FROM host_loads"
          + " WHERE event_type = :type AND on_day >= :day GROUP BY host_id";

  static HostLoads of(Dialect dialect) {
    return BY_DIALECT.get(dialect);
  }

  /**
   * {@code FROM bookings WHERE ...}: the confirmed bookings of {@code :type} created in {@code
   * [:from, :to)}, at most one UTC day. Both databases read them from the index by type, status and
   * creation time. H2 is told to, lest it take the one by start time. On PostgreSQL the status is
   * compared with a subquery's value, so the planner cannot prove the predicate of the partial GiST
   * index on confirmed ranges: on a young table without statistics it took that index, with no
   * condition to search it by, and read every confirmed booking.
   */
  private static String confirmedOfType(Dialect dialect) {
    return switch (dialect) {
      case H2 ->
          "FROM bookings USE INDEX (bookings_type_status_created_idx) WHERE event_type = :type"
              + " AND status = 'CONFIRMED' AND created_at >= :from AND created_at < :to";
      case POSTGRESQL ->
          "FROM bookings WHERE event_type = :type AND status = (SELECT 'CONFIRMED')"
              + " AND created_at >= :from AND created_at < :to";
    };
  }

  /**
   * Counts bookings just inserted, a row's bookings summed into one write; rows in key order, so
   * that writers of the same rows lock them in the same order.
   */
  void insertedAll(Handle handle, List<Entry> entries) {
    Map<Row, Entry> latest = new TreeMap<>();
    Map<Row, Integer> counts = new HashMap<>();
    for (Entry entry : entries) {
      Row row = Row.of(entry);
      latest.merge(row, entry, (a, b) -> a.createdAt().isAfter(b.createdAt()) ? a : b);
      counts.merge(row, 1, Integer::sum);
    }
    List<Function<String, Object>> rows = new ArrayList<>(latest.size());
    latest.forEach(
        (row, entry) ->
            rows.add(
                name ->
                    switch (name) {
                      case "bookings" -> counts.get(row);
                      case "last_booked" -> entry.createdAt();
                      default -> entry.value(name);
                    }));
    add.updateBatch(handle, rows);
  }

  /** The key of a {@code host_loads} row, ordered as its primary key. */
  private record Row(String eventType, LocalDate day, String hostId) implements Comparable<Row> {

    private static final Comparator<Row> ORDER =
        Comparator.comparing(Row::eventType).thenComparing(Row::day).thenComparing(Row::hostId);

    static Row of(Entry entry) {
      return new Row(
          entry.eventType(),
          LocalDate.ofInstant(entry.createdAt(), ZoneOffset.UTC),
          entry.hostId());
    }

    @Override
    public int compareTo(Row other) {
      return ORDER.compare(this, other);
    }
  }

  /**
   * What of booking {@code id}, about to be updated under its row lock, the tally counts: to be
   * handed to {@link #updated} after the update.
   */
  Optional<Entry> stored(Handle handle, UUID id) {
    return STORED.queryOne(
        handle,
        name -> id,
        row ->
            BookingStatus.valueOf(row.getString("status")).isActive()
                ? Optional.of(
                    new Entry(
                        row.getString("event_type"),
                        row.getString("host_id"),
                        row.getObject("created_at", OffsetDateTime.class).toInstant()))
                : Optional.empty());
  }

  /** Moves the count of a booking from what it was stored as to what it was updated to. */
  void updated(Handle handle, Optional<Entry> before, Booking after) {
    Optional<Entry> now = Entry.of(after);
    if (before.equals(now)) {
      return;
    }
    before.ifPresent(entry -> take(handle, entry));
    now.ifPresent(entry -> add(handle, entry));
  }

  /**
   * The confirmed bookings of {@code eventType} made since {@code since}, by lead host: the whole
   * UTC days from the tally, the part of {@code since}'s day after it from the bookings (none when
   * it is a UTC midnight, as for a period of a type in UTC).
   */
  Map<String, HostLoad> read(Handle handle, String eventType, Instant since) {
    Instant day = since.truncatedTo(ChronoUnit.DAYS);
    Instant until = day.equals(since) ? since : day.plus(Duration.ofDays(1));
    Map<String, HostLoad> loads = new HashMap<>();
    // A period from a UTC midnight (every type in UTC) has no part-day: the bookings are not asked.
    DirectStatement statement = until.equals(since) ? readWholeDays : read;
    statement
        .queryList(
            handle,
            name ->
                switch (name) {
                  case "type" -> eventType;
                  case "day" -> LocalDate.ofInstant(until, ZoneOffset.UTC);
                  case "from" -> since;
                  case "to" -> until;
                  default -> throw new IllegalArgumentException("No parameter " + name);
                },
            row ->
                Map.entry(
                    row.getString("host_id"),
                    new HostLoad(
                        row.getInt("bookings"),
                        Optional.of(
                            row.getObject("last_booked", OffsetDateTime.class).toInstant()))))
        .forEach(e -> loads.put(e.getKey(), e.getValue()));
    return loads;
  }

  private void add(Handle handle, Entry entry) {
    add.update(
        handle,
        name ->
            switch (name) {
              case "bookings" -> 1;
              case "last_booked" -> entry.createdAt();
              default -> entry.value(name);
            });
  }

  /**
   * Takes one booking off its row; locks the row first, so that a booking added meanwhile waits
   * and, when it commits, raises the latest time this recomputes.
   */
  private void take(Handle handle, Entry entry) {
    List<Map.Entry<Integer, Instant>> rows =
        LOCK.queryList(
            handle,
            entry::value,
            row ->
                Map.entry(
                    row.getInt("bookings"),
                    row.getObject("last_booked", OffsetDateTime.class).toInstant()));
    if (rows.isEmpty()) {
      return;
    }
    DirectStatement statement;
    if (rows.get(0).getKey() <= 1) {
      statement = DROP;
    } else if (rows.get(0).getValue().equals(entry.createdAt())) {
      statement = takeLatest;
    } else {
      statement = TAKE_ONE;
    }
    statement.update(handle, entry::value);
  }

  /** What the tally counts a confirmed booking by: type, lead host and UTC day, and when made. */
  record Entry(String eventType, String hostId, Instant createdAt) {

    static Optional<Entry> of(Booking booking) {
      return booking.isActive()
          ? Optional.of(
              new Entry(
                  booking.placement().eventType(),
                  booking.placement().hostId(),
                  booking.createdAt()))
          : Optional.empty();
    }

    /** The value of a bind parameter of the row's key, or of its UTC day's bounds. */
    Object value(String name) {
      LocalDate day = LocalDate.ofInstant(createdAt, ZoneOffset.UTC);
      return switch (name) {
        case "type", "event_type" -> eventType;
        case "host", "host_id" -> hostId;
        case "day", "on_day" -> day;
        case "from" -> day.atStartOfDay(ZoneOffset.UTC).toInstant();
        case "to" -> day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        default -> throw new IllegalArgumentException("No parameter " + name);
      };
    }
  }
}
