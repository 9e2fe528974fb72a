package com.metalogics.booking.adapter.jdbi.internal;

import com.metalogics.booking.core.port.out.IntegrationDay;
import com.metalogics.booking.core.port.out.Tally;
import com.metalogics.booking.core.port.out.TrafficCount;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
   * Adds the tallies in the caller's transaction. Written with every booking change, inside the
   * reservation's lock: plain JDBC, as Jdbi's per-statement set-up cost more than the upsert.
   */
  void add(Handle handle, List<Tally> tallies) {
    for (Tally tally : tallies) {
      Map<String, Object> values = new HashMap<>();
      values.put("on_day", tally.day());
      values.put("event_type", tally.placement().eventType());
      values.put("host_id", tally.placement().hostId());
      DirectStatement statement;
      if (tally instanceof Tally.Outcome o) {
        statement = outcomes;
        values.put("vip_tier", o.vipTier().orElse(""));
        values.put("lead_source", o.leadSource());
        for (Tally.Measure measure : Tally.Measure.values()) {
          values.put(MEASURES.get(measure.ordinal()), measure == o.measure() ? 1L : 0L);
        }
      } else if (tally instanceof Tally.SlotTime t) {
        statement = times;
        values.put("weekday", (short) t.weekday().getValue());
        values.put("hour_of_day", (short) t.hour());
        values.put("booked", 1L);
      } else {
        Tally.CrmSource c = (Tally.CrmSource) tally;
        statement = crmSources;
        values.put("source", c.source());
        values.put("booked", 1L);
      }
      statement.update(handle, values::get);
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
