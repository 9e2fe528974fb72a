package com.metalogics.booking.adapter.jdbi.internal;

import com.metalogics.booking.core.domain.Booking;
import com.metalogics.booking.core.domain.SlotUnavailableException.Reason;
import com.metalogics.booking.core.domain.TimeSlot;
import com.metalogics.booking.core.port.out.HostChoice;
import com.metalogics.booking.core.port.out.HostLoad;
import com.metalogics.booking.core.port.out.PeriodCap;
import com.metalogics.booking.core.port.out.PoolCredit;
import com.metalogics.booking.core.port.out.PoolHost;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jdbi.v3.core.Handle;

/**
 * {@code booking_hosts}, one row per host of a booking, and the round-robin ledger read from it and
 * from {@code pool_credits}. Asked only under the calendar lock.
 */
final class BookingHosts {

  /**
   * A condition: a confirmed booking of host {@code :<host>} other than {@code :id} overlaps {@code
   * [:<start>, :<end>)}. Its cost must not grow with the host's history: it runs under the calendar
   * lock on every reservation.
   *
   * <p>PostgreSQL searches the GiST index behind the per-host exclusion constraint by the range
   * itself; asked by host and start instead, its planner took that index on a young table with
   * stale statistics and read every booking of the host.
   *
   * <p>H2 reads one entry of the (host, status, start) index backwards: a host's confirmed bookings
   * never overlap each other, so the last one starting before the end is the only one that can. The
   * order names every column of that index although the first two are fixed, because H2 walks an
   * index backwards only when the order matches it from its first column, and otherwise reads and
   * sorts every booking of the host before the slot.
   */
  static String otherConfirmedOverlaps(Dialect dialect, String host, String start, String end) {
    return switch (dialect) {
      case H2 ->
          "COALESCE((SELECT end_time > :"
              + start
              + " FROM booking_hosts WHERE host_id = :"
              + host
              + " AND status = 'CONFIRMED' AND booking_id <> :id AND start_time < :"
              + end
              + " ORDER BY host_id DESC, status DESC, start_time DESC LIMIT 1), FALSE)";
      case POSTGRESQL ->
          "EXISTS (SELECT 1 FROM booking_hosts WHERE host_id = :"
              + host
              + " AND status = 'CONFIRMED' AND tstzrange(start_time, end_time, '[)')"
              + " && tstzrange(:"
              + start
              + ", :"
              + end
              + ", '[)') AND booking_id <> :id)";
    };
  }

  /**
   * {@code SELECT COUNT(*)} of host {@code :<p>_host}'s confirmed bookings of type {@code
   * :<p>_type}, other than {@code :id}, starting in {@code [:<p>_from, :<p>_to)}: one range of the
   * (type, host, status, start) index. PostgreSQL is asked for it as a row comparison over those
   * four columns, which another index can serve only by a shorter prefix; asked column by column,
   * on a young table without statistics it took another index and read every booking of the host.
   */
  static String countConfirmedOfHost(Dialect dialect, String prefix) {
    String p = ":" + prefix;
    return switch (dialect) {
      case H2 ->
          "SELECT COUNT(*) FROM booking_hosts WHERE event_type = "
              + p
              + "_type AND host_id = "
              + p
              + "_host AND status = 'CONFIRMED' AND start_time >= "
              + p
              + "_from AND start_time < "
              + p
              + "_to AND booking_id <> :id";
      case POSTGRESQL ->
          "SELECT COUNT(*) FROM booking_hosts WHERE (event_type, host_id, status, start_time) >= ("
              + p
              + "_type, "
              + p
              + "_host, 'CONFIRMED', "
              + p
              + "_from) AND (event_type, host_id, status, start_time) < ("
              + p
              + "_type, "
              + p
              + "_host, 'CONFIRMED', "
              + p
              + "_to) AND booking_id <> :id";
    };
  }

  private static final DirectStatement INSERT =
      DirectStatement.of(
          "insert booking host",
          "INSERT INTO booking_hosts (booking_id, host_id, event_type, start_time, end_time,"
              + " status) VALUES (:id, :host, :type, :start, :end, :status)");

  private static final DirectStatement UPDATE =
      DirectStatement.of(
          "update booking hosts",
          "UPDATE booking_hosts SET start_time = :start, end_time = :end, status = :status"
              + " WHERE booking_id = :id");

  private static final DirectStatement DELETE =
      DirectStatement.of(
          "delete booking hosts", "DELETE FROM booking_hosts WHERE booking_id = :id");

  private static final DirectStatement CREDITS =
      DirectStatement.of(
          "pool credits",
          "SELECT host_id, bookings, period FROM pool_credits WHERE event_type = :type");

  private static final DirectStatement ADD_CREDIT =
      DirectStatement.of(
          "add pool credit",
          "INSERT INTO pool_credits (event_type, host_id, bookings, period)"
              + " VALUES (:type, :host, :bookings, :period)");

  private static final DirectStatement DROP_CREDIT =
      DirectStatement.of(
          "drop pool credit",
          "DELETE FROM pool_credits WHERE event_type = :type AND host_id = :host");

  /** One statement per number of caps: the host's overlap and each cap's count. */
  private static final Map<Dialect, Map<Integer, DirectStatement>> HOST_CHECKS =
      new ConcurrentHashMap<>();

  private BookingHosts() {}

  /** Writes a row for each host of a new booking. */
  static void insert(Handle handle, Booking booking) {
    for (String host : booking.placement().hostIds()) {
      INSERT.update(
          handle,
          name ->
              switch (name) {
                case "host" -> host;
                case "type" -> booking.placement().eventType();
                default -> slotValue(booking, name);
              });
    }
  }

  /** Copies the booking's slot and status to its hosts' rows. */
  static void update(Handle handle, Booking booking) {
    UPDATE.update(handle, name -> slotValue(booking, name));
  }

  /** Removes the booking's host rows, before it is written with other hosts. */
  static void delete(Handle handle, Booking booking) {
    DELETE.update(handle, name -> booking.id());
  }

  /** True when another confirmed booking of {@code host} overlaps {@code widened}. */
  static boolean overlaps(
      Handle handle, Dialect dialect, Booking booking, String host, TimeSlot widened) {
    return hostCheck(handle, dialect, booking, new PoolHost(host, 0, 1, List.of()), widened)
        .isPresent();
  }

  /** The ledger of one reservation of {@code booking}, its slot widened by {@code buffer}. */
  static HostChoice.Ledger ledger(
      Handle handle, Dialect dialect, Booking booking, Duration buffer) {
    TimeSlot widened = booking.slot().widen(buffer);
    return new HostChoice.Ledger() {
      @Override
      public Map<String, HostLoad> loads(String eventType, Instant since) {
        return HostLoads.of(dialect).read(handle, eventType, since);
      }

      @Override
      public Map<String, PoolCredit> credits(String eventType) {
        Map<String, PoolCredit> credits = new HashMap<>();
        CREDITS
            .queryList(
                handle,
                name -> eventType,
                row ->
                    Map.entry(
                        row.getString("host_id"),
                        new PoolCredit(row.getInt("bookings"), instant(row, "period"))))
            .forEach(e -> credits.put(e.getKey(), e.getValue()));
        return credits;
      }

      @Override
      public void saveCredits(String eventType, Map<String, PoolCredit> joined, Set<String> left) {
        joined.forEach(
            (host, credit) ->
                ADD_CREDIT.update(
                    handle,
                    name ->
                        switch (name) {
                          case "type" -> eventType;
                          case "host" -> host;
                          case "bookings" -> credit.bookings();
                          default -> credit.period();
                        }));
        for (String host : left) {
          DROP_CREDIT.update(handle, name -> "type".equals(name) ? eventType : host);
        }
      }

      @Override
      public Optional<Reason> refusal(PoolHost host) {
        return hostCheck(handle, dialect, booking, host, widened);
      }
    };
  }

  private static Optional<Reason> hostCheck(
      Handle handle, Dialect dialect, Booking booking, PoolHost host, TimeSlot widened) {
    List<PeriodCap> caps = host.caps();
    DirectStatement statement =
        HOST_CHECKS
            .computeIfAbsent(dialect, d -> new ConcurrentHashMap<>())
            .computeIfAbsent(caps.size(), n -> checks(dialect, n));
    return statement.queryOne(
        handle,
        name -> hostValue(booking, host, widened, name),
        row -> {
          if (row.getInt("overlapping") == 1) {
            return Optional.of(Reason.ALREADY_BOOKED);
          }
          for (int i = 0; i < caps.size(); i++) {
            if (row.getLong("cap_" + i) >= caps.get(i).max()) {
              return Optional.of(Reason.LIMIT_REACHED);
            }
          }
          return Optional.empty();
        });
  }

  private static DirectStatement checks(Dialect dialect, int caps) {
    StringBuilder sql = new StringBuilder("SELECT CASE WHEN ");
    sql.append(otherConfirmedOverlaps(dialect, "host", "w_start", "w_end"));
    sql.append(" THEN 1 ELSE 0 END AS overlapping");
    for (int i = 0; i < caps; i++) {
      sql.append(", (")
          .append(countConfirmedOfHost(dialect, "cap" + i))
          .append(") AS cap_")
          .append(i);
    }
    return DirectStatement.of("host checks with " + caps + " caps", sql.toString());
  }

  private static Object hostValue(Booking booking, PoolHost host, TimeSlot widened, String name) {
    return switch (name) {
      case "id" -> booking.id();
      case "host" -> host.id();
      case "w_start" -> widened.start();
      case "w_end" -> widened.end();
      default -> capValue(host.caps(), host.id(), name);
    };
  }

  /** {@code cap<i>_type}, {@code _host}, {@code _from} and {@code _to} of the i-th cap. */
  static Object capValue(List<PeriodCap> caps, String host, String name) {
    int separator = name.indexOf('_');
    if (!name.startsWith("cap") || separator < 0) {
      throw new IllegalArgumentException("No parameter " + name);
    }
    PeriodCap cap = caps.get(Integer.parseInt(name.substring(3, separator)));
    return switch (name.substring(separator + 1)) {
      case "type" -> cap.eventType();
      case "host" -> cap.hostId().orElse(host);
      case "from" -> cap.from();
      case "to" -> cap.to();
      default -> throw new IllegalArgumentException("No parameter " + name);
    };
  }

  private static Object slotValue(Booking booking, String name) {
    return switch (name) {
      case "id" -> booking.id();
      case "start" -> booking.startTime();
      case "end" -> booking.endTime();
      case "status" -> booking.status().name();
      default -> throw new IllegalArgumentException("No parameter " + name);
    };
  }

  private static Instant instant(ResultSet row, String column) throws SQLException {
    return row.getObject(column, OffsetDateTime.class).toInstant();
  }
}
