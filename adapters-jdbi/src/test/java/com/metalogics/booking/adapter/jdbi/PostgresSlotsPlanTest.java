package com.metalogics.booking.adapter.jdbi;

import static org.assertj.core.api.Assertions.assertThat;

import com.metalogics.booking.adapter.jdbi.internal.Dialect;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Every uncached slots request reads the confirmed bookings overlapping its window. On a big table
 * of past bookings PostgreSQL guessed a fixed share of the table for a future window and chose a
 * parallel plan whose workers cost 30 ms to read nothing. The plan is asked of the service's own
 * pooled connections, so their session settings count.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresSlotsPlanTest {

  private static final int PAST_BOOKINGS = 100_000;

  /** Five-minute bookings one after the other from 2016 on, all over before 2017-01-01. */
  private static final String HISTORY =
      """
      INSERT INTO bookings (id, version, attendee_name, attendee_email, email_normalized,
          attendee_time_zone, start_time, end_time, status, revision, calendar_state, crm_state,
          email_state, needs_sync, created_at, updated_at, manage_token_hash, event_type, host_id)
      SELECT md5('past-' || i)::uuid, 1, 'Past ' || i, 'past' || i || '@example.com',
          'past' || i || '@example.com', 'UTC', s, s + interval '5 minutes', 'CONFIRMED', 1,
          'DISABLED', 'DISABLED', 'DISABLED', false, s - interval '1 day', s - interval '1 day',
          'past', 'meeting', 'owner'
      FROM (SELECT i, timestamptz '2016-01-04 00:00:00+00' + i * interval '5 minutes' AS s
            FROM generate_series(1, %d) i) g
      """
          .formatted(PAST_BOOKINGS);

  private JdbiStorage storage;

  @BeforeAll
  void fillAndAnalyze() throws SQLException {
    storage = JdbiStorage.open(PostgresServer.freshDatabase());
    try (Connection c = storage.dataSource().getConnection();
        Statement s = c.createStatement()) {
      s.execute(HISTORY);
      s.execute("ANALYZE bookings");
    }
  }

  @AfterAll
  void close() {
    storage.close();
  }

  @Test
  void givenManyPastBookings_slotsRead_ofAFutureMonth_expectsAlmostNoRows() {
    List<String> plan = plan("2031-03-01T00:00:00Z", "2031-03-31T00:00:00Z");

    assertThat(String.join("\n", plan)).contains("bookings_confirmed_range_idx");
    assertThat(estimatedRows(plan.get(0))).as(String.join("\n", plan)).isLessThan(10);
  }

  @Test
  void givenManyPastBookings_slotsRead_ofAPastMonth_estimatesItsBookings() {
    List<String> plan = plan("2016-02-01T00:00:00Z", "2016-03-01T00:00:00Z");

    // 29 days of back-to-back five-minute bookings: 8,352.
    assertThat(estimatedRows(plan.get(0))).as(String.join("\n", plan)).isBetween(4_000, 16_000);
  }

  @Test
  void servicesSessions_planNoParallelWorkers() throws SQLException {
    List<String> setting = new ArrayList<>();
    try (Connection c = storage.dataSource().getConnection();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SHOW max_parallel_workers_per_gather")) {
      while (r.next()) {
        setting.add(r.getString(1));
      }
    }

    assertThat(setting).containsExactly("0");
  }

  /** The plan of the slots path's read, as the storage asks it, for the window given. */
  private List<String> plan(String from, String to) {
    String read =
        "SELECT * "
            + Dialect.POSTGRESQL.confirmedOverlapping("from", "to")
            + " ORDER BY start_time, id";
    return Jdbi.create(storage.dataSource())
        .withHandle(
            h ->
                h.createQuery("EXPLAIN " + read)
                    .bind("from", OffsetDateTime.parse(from))
                    .bind("to", OffsetDateTime.parse(to))
                    .mapTo(String.class)
                    .list());
  }

  private static int estimatedRows(String planLine) {
    Matcher rows = Pattern.compile(" rows=(\\d+) ").matcher(planLine);
    assertThat(rows.find()).as(planLine).isTrue();
    return Integer.parseInt(rows.group(1));
  }
}
