package com.metalogics.booking.adapter.jdbi.internal;

import com.metalogics.booking.core.port.out.InsightsData;
import com.metalogics.booking.core.port.out.InsightsData.DayFigures;
import com.metalogics.booking.core.port.out.InsightsData.KeyCount;
import com.metalogics.booking.core.port.out.InsightsFilter;
import com.metalogics.booking.core.port.out.InsightsRepository;
import com.metalogics.booking.core.port.out.IntegrationDay;
import com.metalogics.booking.core.port.out.TrafficCount;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;

/**
 * {@link InsightsRepository} on the aggregate tables. A read is a handful of grouped queries over
 * the range's part of each table's key, so its cost follows the days asked for, not the bookings.
 */
public final class JdbiInsights implements InsightsRepository {

  private final Jdbi jdbi;
  private final InsightTables tables;

  private final PopularTimes popularTimes;

  /**
   * @param clock tells which months have ended, whose popular times are read from monthly sums
   */
  public JdbiInsights(Jdbi jdbi, Dialect dialect, Clock clock) {
    this.jdbi = jdbi;
    this.tables = new InsightTables(dialect);
    this.popularTimes = new PopularTimes(jdbi, clock);
  }

  /** The writes that {@link JdbiBookingRepository} runs in its own transactions. */
  InsightTables tables() {
    return tables;
  }

  @Override
  public void addTraffic(List<TrafficCount> counts) {
    Storage.inTransaction(
        jdbi,
        h -> {
          tables.addTraffic(h, counts);
          return null;
        });
  }

  @Override
  public void addIntegrationDays(List<IntegrationDay> days) {
    Storage.inTransaction(
        jdbi,
        h -> {
          tables.addIntegrationDays(h, days);
          return null;
        });
  }

  @Override
  public InsightsData read(InsightsFilter filter) {
    return Storage.withHandle(
        jdbi,
        h ->
            new InsightsData(
                days(h, filter),
                keyCounts(h, filter, "insight_bookings", "host_id", "booked"),
                popularTimes.read(h, filter),
                keyCounts(h, filter, "insight_bookings", "lead_source", "booked"),
                keyCounts(h, filter, "insight_crm_sources", "source", "booked"),
                integrations(h, filter)));
  }

  private static List<DayFigures> days(Handle h, InsightsFilter filter) {
    Map<LocalDate, long[]> byDay = new TreeMap<>();
    query(
            h,
            "SELECT on_day, SUM(views) v, SUM(searches) s, SUM(visitors) vi, SUM(searchers) se"
                + " FROM insight_traffic"
                + where(filter, false)
                + " GROUP BY on_day",
            "insight traffic by day",
            filter)
        .map(
            (rs, ctx) -> {
              long[] row =
                  byDay.computeIfAbsent(rs.getObject(1, LocalDate.class), d -> new long[8]);
              for (int i = 0; i < 4; i++) {
                row[i] = rs.getLong(i + 2);
              }
              return row;
            })
        .list();
    query(
            h,
            "SELECT on_day, SUM(booked), SUM(cancelled), SUM(rescheduled), SUM(no_shows)"
                + " FROM insight_bookings"
                + where(filter, true)
                + " GROUP BY on_day",
            "insight outcomes by day",
            filter)
        .map(
            (rs, ctx) -> {
              long[] row =
                  byDay.computeIfAbsent(rs.getObject(1, LocalDate.class), d -> new long[8]);
              for (int i = 0; i < 4; i++) {
                row[4 + i] = rs.getLong(i + 2);
              }
              return row;
            })
        .list();
    List<DayFigures> days = new ArrayList<>();
    byDay.forEach(
        (day, r) -> days.add(new DayFigures(day, r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7])));
    return days;
  }

  private static List<KeyCount> keyCounts(
      Handle h, InsightsFilter filter, String table, String key, String count) {
    return query(
            h,
            "SELECT "
                + key
                + ", SUM("
                + count
                + ") FROM "
                + table
                + where(filter, true)
                + " GROUP BY "
                + key
                + " HAVING SUM("
                + count
                + ") > 0",
            table + " by " + key,
            filter)
        .map((rs, ctx) -> new KeyCount(rs.getString(1), rs.getLong(2)))
        .list()
        .stream()
        .sorted(KeyCount.ORDER)
        .toList();
  }

  private static List<IntegrationDay> integrations(Handle h, InsightsFilter filter) {
    return query(
            h,
            "SELECT * FROM insight_integrations WHERE on_day BETWEEN :from AND :to"
                + " ORDER BY on_day, integration",
            "insight integrations",
            filter)
        .map(
            (rs, ctx) -> {
              List<Long> buckets = new ArrayList<>();
              for (String bucket : InsightTables.BUCKETS) {
                buckets.add(rs.getLong(bucket));
              }
              return new IntegrationDay(
                  rs.getObject("on_day", LocalDate.class),
                  rs.getString("integration"),
                  rs.getLong("calls"),
                  rs.getLong("successes"),
                  buckets,
                  rs.getLong("circuit_opened"),
                  rs.getLong("backlog_max"),
                  Duration.ofSeconds(rs.getLong("oldest_due_seconds_max")));
            })
        .list();
  }

  /** The range always; the event type and, where the table has hosts, the host when given. */
  private static String where(InsightsFilter filter, boolean hasHost) {
    StringBuilder where = new StringBuilder(" WHERE on_day BETWEEN :from AND :to");
    filter.eventType().ifPresent(t -> where.append(" AND event_type = :eventType"));
    if (hasHost) {
      filter.hostId().ifPresent(t -> where.append(" AND host_id = :hostId"));
    }
    return where.toString();
  }

  /** Binds what {@link #where} names; Jdbi refuses a binding the statement does not use. */
  private static Query query(Handle h, String sql, String name, InsightsFilter filter) {
    Query query =
        h.createQuery(sql)
            .define(SqlErrors.STATEMENT_NAME, name)
            .bind("from", filter.from())
            .bind("to", filter.to());
    if (sql.contains(":eventType")) {
      filter.eventType().ifPresent(t -> query.bind("eventType", t));
    }
    if (sql.contains(":hostId")) {
      filter.hostId().ifPresent(t -> query.bind("hostId", t));
    }
    return query;
  }
}
