package com.metalogics.booking.benchmarks;

import com.metalogics.booking.adapter.jdbi.JdbiStorage;
import com.metalogics.booking.adapter.jdbi.StorageConfig;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fills a PostgreSQL database for {@code benchmarks/insights.sh}: {@code <bookings>} bookings
 * (default 1,000,000) made over the year up to today, in 5-minute slots from 2016 on (all past,
 * never overlapping), of three event types, four hosts and four lead sources, a tenth cancelled;
 * and the year of daily aggregates those bookings make (outcomes, popular times and CRM sources
 * derived from the rows themselves, so they agree), with page traffic and integration calls for
 * every day. All in SQL on the server ({@code generate_series}), so a million rows take minutes,
 * not hours.
 *
 * <p>Arguments: JDBC URL, user, password, [bookings]. The schema is migrated first.
 */
public final class FillInsights {

  private static final Logger LOG = LoggerFactory.getLogger(FillInsights.class);
  private static final String ZONE = "UTC";

  private FillInsights() {}

  public static void main(String[] args) throws SQLException {
    String url = args[0];
    String user = args[1];
    String password = args.length > 2 ? args[2] : "";
    long bookings = args.length > 3 ? Long.parseLong(args[3]) : 1_000_000L;
    try (JdbiStorage storage = JdbiStorage.open(StorageConfig.of(url, user, password))) {
      storage.repository().ping();
    }
    LocalDate first = LocalDate.now(ZoneOffset.UTC).minusDays(364);
    try (Connection c = DriverManager.getConnection(url, user, password)) {
      c.setAutoCommit(true);
      long started = System.nanoTime();
      bookings(c, bookings, first);
      report("bookings", started);
      started = System.nanoTime();
      run(c, OUTCOMES);
      run(c, TIMES);
      run(c, CRM_SOURCES);
      overTheYear(c, TRAFFIC, first);
      overTheYear(c, INTEGRATIONS, first);
      report("aggregates", started);
      if (bookings > 0) {
        started = System.nanoTime();
        settle(c);
        report("vacuum and checkpoint", started);
      }
    }
  }

  /**
   * Leaves the filled database as a year of use would: vacuumed, analysed and checkpointed. Right
   * after a bulk insert, autovacuum's first pass over the million rows (setting their hint bits and
   * visibility map) and the checkpoint of the load's pages ran during the measured booking load, on
   * the same two cores, and the comparison with an empty database measured those one-off passes. An
   * empty database, never analysed, stays as a new deployment's.
   */
  private static void settle(Connection c) throws SQLException {
    run(c, "VACUUM (ANALYZE)");
    run(c, "CHECKPOINT");
  }

  private static void run(Connection c, String sql) throws SQLException {
    try (PreparedStatement statement = c.prepareStatement(sql)) {
      statement.execute();
    }
  }

  private static void report(String what, long started) {
    LOG.info("filled {} in {} s", what, (System.nanoTime() - started) / 1_000_000_000L);
  }

  /** Slots from 2016 on, 5 minutes each, one after the other; made on a day of the last year. */
  private static final String BOOKINGS =
      """
      INSERT INTO bookings (id, version, attendee_name, attendee_email, email_normalized,
          attendee_time_zone, start_time, end_time, status, revision, calendar_state, crm_state,
          email_state, needs_sync, created_at, updated_at, cancelled_at, manage_token_hash,
          event_type, host_id, utm_source, utm_medium, referrer, crm_source)
      SELECT md5('load-' || i)::uuid, 1, 'Load ' || i, 'load' || i || '@example.com',
          'load' || i || '@example.com', 'UTC', s, s + interval '5 minutes',
          CASE WHEN i % 10 = 0 THEN 'CANCELLED' ELSE 'CONFIRMED' END,
          CASE WHEN i % 10 = 0 THEN 2 ELSE 1 END, 'DISABLED', 'DISABLED', 'DISABLED', false,
          m, m, CASE WHEN i % 10 = 0 THEN m END, 'load',
          (ARRAY['meeting', 'intro', 'demo'])[1 + i % 3],
          (ARRAY['owner', 'host-2', 'host-3', 'host-4'])[1 + i % 4],
          (ARRAY['newsletter', 'ads', NULL, NULL])[1 + i % 4],
          (ARRAY['email', 'cpc', NULL, NULL])[1 + i % 4],
          (ARRAY[NULL, NULL, 'blog.example', NULL])[1 + i % 4],
          (ARRAY['ORGANIC_SEARCH', 'PAID_SEARCH', 'REFERRALS', 'DIRECT_TRAFFIC', NULL])[1 + i % 5]
      FROM (SELECT i, timestamptz '2016-01-04 00:00:00+00' + i * interval '5 minutes' AS s,
                   (CAST(? AS date) + (i % 365) * interval '1 day'
                       + (i * 7919 % 86400) * interval '1 second') AT TIME ZONE 'UTC' AS m
            FROM generate_series(1, ?) i) g
      """;

  private static void bookings(Connection c, long bookings, LocalDate first) throws SQLException {
    try (PreparedStatement statement = c.prepareStatement(BOOKINGS)) {
      statement.setObject(1, first);
      statement.setLong(2, bookings);
      statement.execute();
    }
    run(c, HOSTS);
  }

  /**
   * Each booking's row for its host, as every reservation writes one: the overlap check under the
   * calendar lock searches these, so a full database has a million of them too.
   */
  private static final String HOSTS =
      "INSERT INTO booking_hosts (booking_id, host_id, event_type, start_time, end_time, status)"
          + " SELECT id, host_id, event_type, start_time, end_time, status FROM bookings";

  private static final String DAY = "(created_at AT TIME ZONE '" + ZONE + "')::date";

  private static final String OUTCOMES =
      "INSERT INTO insight_bookings (on_day, event_type, host_id, vip_tier, lead_source, booked,"
          + " cancelled, rescheduled, no_shows) SELECT "
          + DAY
          + ", event_type, host_id, '', COALESCE(utm_source, referrer, 'direct'), count(*),"
          + " count(*) FILTER (WHERE status = 'CANCELLED'), count(*) / 20, count(*) / 50"
          + " FROM bookings GROUP BY 1, 2, 3, 5";

  private static final String TIMES =
      "INSERT INTO insight_times (on_day, event_type, host_id, weekday, hour_of_day, booked)"
          + " SELECT "
          + DAY
          + ", event_type, host_id, extract(isodow FROM start_time AT TIME ZONE '"
          + ZONE
          + "'), extract(hour FROM start_time AT TIME ZONE '"
          + ZONE
          + "'), count(*) FROM bookings GROUP BY 1, 2, 3, 4, 5";

  private static final String CRM_SOURCES =
      "INSERT INTO insight_crm_sources (on_day, event_type, host_id, source, booked) SELECT "
          + DAY
          + ", event_type, host_id, crm_source, count(*) FROM bookings"
          + " WHERE crm_source IS NOT NULL GROUP BY 1, 2, 3, 4";

  private static final String TRAFFIC =
      "INSERT INTO insight_traffic (on_day, event_type, views, searches, visitors, searchers)"
          + " SELECT d::date, t, 9000, 3600, 4500, 1800 FROM generate_series(CAST(? AS date),"
          + " CAST(? AS date) + 364, interval '1 day') d, unnest(ARRAY['meeting', 'intro',"
          + " 'demo']) t";

  private static final String INTEGRATIONS =
      "INSERT INTO insight_integrations SELECT d::date, i, 3000, 2970, 1200, 900, 500, 250, 100,"
          + " 30, 10, 5, 3, 2, (extract(doy FROM d)::int % 30 = 0)::int, 12, 40"
          + " FROM generate_series(CAST(? AS date), CAST(? AS date) + 364, interval '1 day') d,"
          + " unnest(ARRAY['calendar', 'crm', 'webhook', 'outbox']) i";

  private static void overTheYear(Connection c, String sql, LocalDate first) throws SQLException {
    try (PreparedStatement statement = c.prepareStatement(sql)) {
      statement.setObject(1, first);
      statement.setObject(2, first);
      statement.execute();
    }
  }
}
