package com.metalogics.booking.adapter.jdbi.internal;

import com.metalogics.booking.core.port.out.InsightsData.TimeCount;
import com.metalogics.booking.core.port.out.InsightsFilter;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;

/**
 * Bookings by the weekday and hour of their meeting over a range of days. Whole months that have
 * ended are read from their monthly sums (made on first need, once across instances), the days
 * around them from the daily rows: a year costs twelve months' rows and at most two partial months'
 * days.
 */
final class PopularTimes {

  /**
   * A month counts as ended this many days after its last UTC date: a tally's day is the business
   * zone's, up to 14 hours off UTC, and instances' clocks may differ a little.
   */
  private static final int SETTLE_DAYS = 2;

  private static final String UNIQUE_VIOLATION = "23505";

  private final Jdbi jdbi;
  private final Clock clock;
  private final Set<LocalDate> rolledUp = ConcurrentHashMap.newKeySet();

  PopularTimes(Jdbi jdbi, Clock clock) {
    this.jdbi = jdbi;
    this.clock = clock;
  }

  List<TimeCount> read(Handle h, InsightsFilter filter) {
    MonthSpan months = MonthSpan.within(filter.from(), filter.to(), lastEndedMonth());
    if (months.isEmpty()) {
      return query(h, daily(":from", ":to", filter), filter, months);
    }
    for (LocalDate month = months.first(); !month.isAfter(months.last()); ) {
      rollUp(month);
      month = month.plusMonths(1);
    }
    String sql =
        monthly(filter)
            + " UNION ALL "
            + daily(":from", ":headTo", filter)
            + " UNION ALL "
            + daily(":tailFrom", ":to", filter);
    return query(h, sql, filter, months);
  }

  private LocalDate lastEndedMonth() {
    return LocalDate.now(clock.withZone(ZoneOffset.UTC))
        .minusDays(SETTLE_DAYS)
        .withDayOfMonth(1)
        .minusMonths(1);
  }

  /** Sums one month once: the marker row and the sums commit together, or neither does. */
  private void rollUp(LocalDate month) {
    if (rolledUp.contains(month)) {
      return;
    }
    try {
      Storage.inTransaction(
          jdbi,
          h -> {
            h.createUpdate("INSERT INTO insight_rollups (on_month, rolled_at) VALUES (:m, :at)")
                .define(SqlErrors.STATEMENT_NAME, "insight roll-up marker")
                .bind("m", month)
                .bind("at", OffsetDateTime.now(clock.withZone(ZoneOffset.UTC)))
                .execute();
            return h.createUpdate(
                    "INSERT INTO insight_times_monthly"
                        + " (on_month, event_type, host_id, weekday, hour_of_day, booked)"
                        + " SELECT :m, event_type, host_id, weekday, hour_of_day, SUM(booked)"
                        + " FROM insight_times WHERE on_day BETWEEN :m AND :last"
                        + " GROUP BY event_type, host_id, weekday, hour_of_day")
                .define(SqlErrors.STATEMENT_NAME, "insight roll-up of a month")
                .bind("m", month)
                .bind("last", month.plusMonths(1).minusDays(1))
                .execute();
          });
    } catch (StorageFailure f) {
      // Another reader summed the month first; its marker is committed, so its sums are too.
      if (f.sqlState().filter(UNIQUE_VIOLATION::equals).isEmpty()) {
        throw f;
      }
    }
    rolledUp.add(month);
  }

  /**
   * The whole months inside a range of days that have ended, as the first days of the first and the
   * last; empty when there is none.
   */
  record MonthSpan(LocalDate first, LocalDate last) {

    static MonthSpan within(LocalDate from, LocalDate to, LocalDate lastEnded) {
      LocalDate first = from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
      LocalDate afterTo = to.plusDays(1);
      LocalDate last = afterTo.withDayOfMonth(1).minusMonths(1);
      if (last.isAfter(lastEnded)) {
        last = lastEnded;
      }
      return new MonthSpan(first, last);
    }

    boolean isEmpty() {
      return first.isAfter(last);
    }
  }

  private static String monthly(InsightsFilter filter) {
    return "SELECT weekday, hour_of_day, booked FROM insight_times_monthly"
        + " WHERE on_month BETWEEN :firstMonth AND :lastMonth"
        + dimensions(filter);
  }

  /** The daily rows between two named bounds (an empty range when the first is later). */
  private static String daily(String from, String to, InsightsFilter filter) {
    return "SELECT weekday, hour_of_day, booked FROM insight_times WHERE on_day BETWEEN "
        + from
        + " AND "
        + to
        + dimensions(filter);
  }

  private static String dimensions(InsightsFilter filter) {
    return (filter.eventType().isPresent() ? " AND event_type = :eventType" : "")
        + (filter.hostId().isPresent() ? " AND host_id = :hostId" : "");
  }

  private static List<TimeCount> query(
      Handle h, String rows, InsightsFilter filter, MonthSpan months) {
    Query query =
        h.createQuery(
                "SELECT weekday, hour_of_day, SUM(booked) FROM ("
                    + rows
                    + ") t GROUP BY weekday, hour_of_day ORDER BY weekday, hour_of_day")
            .define(SqlErrors.STATEMENT_NAME, "insight popular times")
            .bind("from", filter.from())
            .bind("to", filter.to());
    if (!months.isEmpty()) {
      query
          .bind("firstMonth", months.first())
          .bind("lastMonth", months.last())
          .bind("headTo", months.first().minusDays(1))
          .bind("tailFrom", months.last().plusMonths(1));
    }
    filter.eventType().ifPresent(t -> query.bind("eventType", t));
    filter.hostId().ifPresent(t -> query.bind("hostId", t));
    return query
        .map((rs, ctx) -> new TimeCount(DayOfWeek.of(rs.getInt(1)), rs.getInt(2), rs.getLong(3)))
        .list();
  }
}
