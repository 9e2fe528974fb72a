package com.metalogics.booking.adapter.jdbi;

import static org.assertj.core.api.Assertions.assertThat;

import com.metalogics.booking.core.domain.Booking;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;

/** The round-robin tally that V16 back-fills from the bookings of the default type and host. */
final class LoadsBackFill {

  private LoadsBackFill() {}

  /**
   * The round-robin tally holds, per UTC day of creation, the confirmed bookings and the latest of
   * them, and in all what the loads were counted as from the bookings before it existed.
   */
  static void assertMatches(DataSource dataSource, List<Booking> bookings) throws SQLException {
    Map<LocalDate, List<Instant>> made = new TreeMap<>();
    for (Booking booking : bookings) {
      if (booking.isActive()) {
        Instant createdAt = booking.createdAt();
        made.computeIfAbsent(LocalDate.ofInstant(createdAt, ZoneOffset.UTC), d -> new ArrayList<>())
            .add(createdAt);
      }
    }
    List<String> days = new ArrayList<>();
    made.forEach((day, times) -> days.add(day + " " + times.size() + " " + Collections.max(times)));
    assertThat(days).hasSize(3);

    assertThat(
            query(
                dataSource,
                "SELECT on_day, bookings, last_booked FROM host_loads WHERE event_type = 'meeting'"
                    + " AND host_id = 'owner' ORDER BY on_day"))
        .containsExactlyElementsOf(days);
    assertTotalsMatch(dataSource);
  }

  /**
   * Per type and host, the tally sums to the confirmed bookings and holds the latest one's creation
   * time, however the writes that made them were batched.
   */
  static void assertTotalsMatch(DataSource dataSource) throws SQLException {
    assertThat(
            query(
                dataSource,
                "SELECT event_type, host_id, SUM(bookings), MAX(last_booked) FROM host_loads"
                    + " GROUP BY event_type, host_id ORDER BY event_type, host_id"))
        .isNotEmpty()
        .containsExactlyElementsOf(
            query(
                dataSource,
                "SELECT event_type, host_id, COUNT(*), MAX(created_at) FROM bookings"
                    + " WHERE status = 'CONFIRMED'"
                    + " AND created_at >= TIMESTAMP WITH TIME ZONE '1970-01-01 00:00:00+00'"
                    + " GROUP BY event_type, host_id ORDER BY event_type, host_id"));
  }

  /** Each row's columns as text, instants in UTC, separated by a space. */
  private static List<String> query(DataSource dataSource, String sql) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql);
        ResultSet row = statement.executeQuery()) {
      while (row.next()) {
        List<String> columns = new ArrayList<>();
        for (int i = 1; i <= row.getMetaData().getColumnCount(); i++) {
          int type = row.getMetaData().getColumnType(i);
          columns.add(
              switch (type) {
                case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE ->
                    row.getObject(i, OffsetDateTime.class).toInstant().toString();
                case Types.DATE -> row.getObject(i, LocalDate.class).toString();
                default -> row.getString(i);
              });
        }
        rows.add(String.join(" ", columns));
      }
    }
    return rows;
  }
}
