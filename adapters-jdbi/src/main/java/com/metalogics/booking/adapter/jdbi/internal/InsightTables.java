package com.metalogics.booking.adapter.jdbi.internal;

import com.metalogics.booking.core.port.out.IntegrationDay;
import com.metalogics.booking.core.port.out.Tally;
import com.metalogics.booking.core.port.out.TrafficCount;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Update;

/** The writes of the daily insight aggregates, each adding to its row (see V12__insights.sql). */
final class InsightTables {

  static final List<String> MEASURES = List.of("booked", "cancelled", "rescheduled", "no_shows");
  static final List<String> BUCKETS =
      List.of(
          "le_25",
          "le_50",
          "le_100",
          "le_250",
          "le_500",
          "le_1000",
          "le_2500",
          "le_5000",
          "le_10000",
          "le_inf");

  private final DirectStatement outcomes;
  private final DirectStatement times;
  private final DirectStatement crmSources;
  private final String traffic;
  private final String integrations;

  InsightTables(Dialect dialect) {
    this.outcomes =
        DirectStatement.of(
            "insight outcome",
            dialect.upsertAdding(
                "insight_bookings",
                keys("vip_tier", "VARCHAR(64)", "lead_source", "VARCHAR(200)"),
                MEASURES,
                List.of()));
    this.times =
        DirectStatement.of(
            "insight time",
            dialect.upsertAdding(
                "insight_times",
                keys("weekday", "SMALLINT", "hour_of_day", "SMALLINT"),
                List.of("booked"),
                List.of()));
    this.crmSources =
        DirectStatement.of(
            "insight CRM source",
            dialect.upsertAdding(
                "insight_crm_sources",
                keys("source", "VARCHAR(200)"),
                List.of("booked"),
                List.of()));
    this.traffic =
        dialect.upsertAdding(
            "insight_traffic",
            typed("on_day", "DATE", "event_type", "VARCHAR(64)"),
            List.of("views", "searches", "visitors", "searchers"),
            List.of());
    List<String> added = new ArrayList<>(List.of("calls", "successes"));
    added.addAll(BUCKETS);
    added.add("circuit_opened");
    this.integrations =
        dialect.upsertAdding(
            "insight_integrations",
            typed("on_day", "DATE", "integration", "VARCHAR(64)"),
            added,
            List.of("backlog_max", "oldest_due_seconds_max"));
  }

  /** The key of a booking aggregate: day, event type, host, then {@code more}. */
  private static Map<String, String> keys(String... more) {
    List<String> all =
        new ArrayList<>(
            List.of("on_day", "DATE", "event_type", "VARCHAR(64)", "host_id", "VARCHAR(64)"));
    all.addAll(List.of(more));
    return typed(all.toArray(String[]::new));
  }

  /** Column names and SQL types, in key order. */
  private static Map<String, String> typed(String... namesAndTypes) {
    Map<String, String> key = new LinkedHashMap<>();
    for (int i = 0; i < namesAndTypes.length; i += 2) {
      key.put(namesAndTypes[i], namesAndTypes[i + 1]);
    }
    return key;
  }

  /**
   * Adds the tallies in the caller's transaction, summed first: the tallies of one calendar batch
   * mostly fall on the same rows, which are then written once. Written with every booking change,
   * inside the reservation's lock: plain JDBC, as Jdbi's per-statement set-up cost more than the
   * upsert, and each table's rows in one batch, in key order, so that two transactions adding to
   * the same rows take their locks in the same order.
   */
  void add(Handle handle, List<Tally> tallies) {
    if (tallies.isEmpty()) {
      return;
    }
    Map<Row, long[]> outcomeRows = new TreeMap<>();
    Map<Row, long[]> timeRows = new TreeMap<>();
    Map<Row, long[]> sourceRows = new TreeMap<>();
    for (Tally tally : tallies) {
      if (tally instanceof Tally.Outcome o) {
        Row row = Row.of(o, o.vipTier().orElse(""), o.leadSource());
        outcomeRows.computeIfAbsent(row, r -> new long[MEASURES.size()])[o.measure().ordinal()]++;
      } else if (tally instanceof Tally.SlotTime t) {
        Row row = Row.of(t, (short) t.weekday().getValue(), (short) t.hour());
        timeRows.computeIfAbsent(row, r -> new long[1])[0]++;
      } else {
        Tally.CrmSource c = (Tally.CrmSource) tally;
        sourceRows.computeIfAbsent(Row.of(c, c.source(), ""), r -> new long[1])[0]++;
      }
    }
    outcomes.updateBatch(handle, values(outcomeRows, "vip_tier", "lead_source", MEASURES));
    times.updateBatch(handle, values(timeRows, "weekday", "hour_of_day", List.of("booked")));
    crmSources.updateBatch(handle, values(sourceRows, "source", null, List.of("booked")));
  }

  /** The bound values of each summed row: its key, then its sums under {@code measures}. */
  private static List<Function<String, Object>> values(
      Map<Row, long[]> rows, String first, String second, List<String> measures) {
    List<Function<String, Object>> all = new ArrayList<>(rows.size());
    rows.forEach(
        (row, sums) -> {
          Map<String, Object> values = new HashMap<>();
          values.put("on_day", row.day());
          values.put("event_type", row.eventType());
          values.put("host_id", row.hostId());
          values.put(first, row.first());
          if (second != null) {
            values.put(second, row.second());
          }
          for (int i = 0; i < measures.size(); i++) {
            values.put(measures.get(i), sums[i]);
          }
          all.add(values::get);
        });
    return all;
  }

  /**
   * The key of one aggregate row: day, event type, host, and the two columns (or one, the second
   * then empty) the table adds.
   */
  private record Row(
      LocalDate day, String eventType, String hostId, Comparable<?> first, Comparable<?> second)
      implements Comparable<Row> {

    private static final Comparator<Row> ORDER =
        Comparator.comparing(Row::day)
            .thenComparing(Row::eventType)
            .thenComparing(Row::hostId)
            .thenComparing(r -> r.first().toString())
            .thenComparing(r -> r.second().toString());

    static Row of(Tally tally, Comparable<?> first, Comparable<?> second) {
      return new Row(
          tally.day(), tally.placement().eventType(), tally.placement().hostId(), first, second);
    }

    @Override
    public int compareTo(Row other) {
      return ORDER.compare(this, other);
    }
  }

  void addTraffic(Handle handle, List<TrafficCount> counts) {
    for (TrafficCount c : counts) {
      handle
          .createUpdate(traffic)
          .define(SqlErrors.STATEMENT_NAME, "insight traffic")
          .bindMap(
              Map.of(
                  "on_day", c.day(),
                  "event_type", c.eventType(),
                  "views", c.views(),
                  "searches", c.searches(),
                  "visitors", c.visitors(),
                  "searchers", c.searchers()))
          .execute();
    }
  }

  void addIntegrationDays(Handle handle, List<IntegrationDay> days) {
    for (IntegrationDay d : days) {
      Update update =
          handle
              .createUpdate(integrations)
              .define(SqlErrors.STATEMENT_NAME, "insight integration day")
              .bind("on_day", d.day())
              .bind("integration", d.integration())
              .bind("calls", d.calls())
              .bind("successes", d.successes())
              .bind("circuit_opened", d.circuitOpened())
              .bind("backlog_max", d.backlog())
              .bind("oldest_due_seconds_max", d.oldestDue().toSeconds());
      for (int i = 0; i < BUCKETS.size(); i++) {
        update.bind(BUCKETS.get(i), d.latencyBuckets().get(i));
      }
      update.execute();
    }
  }
}
