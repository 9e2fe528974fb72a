package com.metalogics.booking.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.metalogics.booking.core.contract.MutableClock;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.migration.baseline.BaselineMigrationConfigurationExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database of the last release (its schema up to V12, the rows that release wrote: bookings with
 * their effects, a cancellation, a reschedule, a no-show, an event type, a VIP tier, insight
 * tallies and the catalog's audit) upgrades with the next start and answers exactly as before.
 *
 * <p>The rows are made by today's service on a database of its own and copied column by column into
 * one migrated only to V12: the columns that release had, with what this code writes in them, which
 * is what that release wrote (no release changed a column's format since).
 */
class ReleaseUpgradeTest {

  private static final String LAST_RELEASE_VERSION = "12";
  private static final Instant NOW = Instant.parse("2030-01-07T15:00:00Z");
  private static final String ADMIN_KEY = "admin-key-for-tests-0123456789";
  private static final Map<String, String> ADMIN = ApiClient.bearer(ADMIN_KEY);

  @TempDir Path dir;

  private final MutableClock clock = new MutableClock(NOW);

  @Test
  void aLastReleaseDatabase_upgradesAtStart_andAnswersAsBefore() throws Exception {
    String current = "jdbc:h2:file:" + dir.resolve("current");
    String released = "jdbc:h2:file:" + dir.resolve("released");
    Map<String, String> before;
    List<String> ids;
    try (Application app = start(current)) {
      ApiClient api = new ApiClient(app.port());
      ids = history(api);
      app.flushInsights();
      before = answers(api, ids);
    }
    migrateToLastRelease(released);
    copyColumnsOfLastRelease(current, released);

    try (Application app = start(released)) {
      ApiClient api = new ApiClient(app.port());
      Map<String, String> after = answers(api, ids);
      assertThat(after.keySet()).isEqualTo(before.keySet());
      before.forEach((path, answer) -> assertThat(after.get(path)).as(path).isEqualTo(answer));
      assertThat(book(api, "e@example.com", "2030-01-14T15:00:00Z", "consult").status())
          .as("the upgraded bookings still hold their slots")
          .isEqualTo(409);
      assertThat(book(api, "e@example.com", "2030-01-14T18:00:00Z", "consult").status())
          .isEqualTo(201);
    }
  }

  private Application start(String url) {
    Map<String, String> env = new HashMap<>();
    env.put("DATABASE_URL", url);
    env.put("MANAGE_TOKEN_SECRET", "a-secret-of-at-least-32-bytes-for-tests");
    env.put("PORT", "0");
    env.put("ADMIN_API_KEY", ADMIN_KEY);
    env.put("RATE_LIMIT_BOOKINGS_PER_MINUTE", "0");
    env.put("SYNC_INTERVAL_SECONDS", "3600");
    env.put("INSIGHTS_FLUSH_SECONDS", "3600");
    return Application.start(ConfigLoader.load(env), clock);
  }

  /** What the last release's users did: an event type, a VIP tier, bookings and their changes. */
  private List<String> history(ApiClient api) {
    assertThat(
            api.put(
                    "/api/admin/event-types/consult",
                    "{\"title\": \"Consultation\", \"durations\": [45], \"slotIncrement\": 15, \"bufferAfter\": 10,"
                        + " \"limits\": {\"perDay\": 3}, \"hosts\": [\"owner\"]}",
                    ADMIN)
                .status())
        .isEqualTo(201);
    assertThat(
            api.put(
                    "/api/admin/vip-tiers/gold",
                    "{\"name\": \"Gold\", \"members\": {\"domains\": [\"big.example\"]},"
                        + " \"grants\": [{\"eventType\": \"meeting\", \"reservedShare\": 25,"
                        + " \"releaseHours\": 48}]}",
                    ADMIN)
                .status())
        .isEqualTo(201);
    api.get("/api/bookings/available-slots?startDate=2030-01-09&endDate=2030-01-11&duration=30");
    List<String> ids = new ArrayList<>();
    ids.add(id(book(api, "a@example.com", "2030-01-09T15:00:00Z", "consult")));
    ids.add(id(book(api, "b@big.example", "2030-01-09T16:00:00Z", "meeting")));
    ids.add(id(book(api, "c@example.com", "2030-01-10T19:00:00Z", "meeting")));
    ids.add(id(book(api, "d@example.com", "2030-01-11T14:00:00Z", "consult")));
    ids.add(id(book(api, "f@example.com", "2030-01-14T15:00:00Z", "consult")));
    assertThat(api.post("/api/bookings/" + ids.get(1) + "/cancel", "{}", ADMIN).status())
        .isEqualTo(200);
    String moved = "{\"startTime\": \"2030-01-10T20:00:00Z\"}";
    assertThat(api.post("/api/bookings/" + ids.get(2) + "/reschedule", moved, ADMIN).status())
        .isEqualTo(200);
    clock.set(Instant.parse("2030-01-11T15:00:00Z"));
    assertThat(api.post("/api/admin/bookings/" + ids.get(3) + "/no-show", "", ADMIN).status())
        .isEqualTo(200);
    return ids;
  }

  private static ApiClient.Reply book(ApiClient api, String email, String start, String type) {
    String json =
        String.format(
            "{\"name\": \"Ada Lovelace\", \"email\": \"%s\", \"startTime\": \"%s\","
                + " \"duration\": %d, \"eventType\": \"%s\"}",
            email, start, "consult".equals(type) ? 45 : 30, type);
    return api.post("/api/bookings", json, Map.of());
  }

  private static String id(ApiClient.Reply booked) {
    assertThat(booked.status()).as(booked.body().toString()).isEqualTo(201);
    return booked.data().path("booking").path("id").asText();
  }

  /** Every answer the history shows in, as JSON text by path. */
  private static Map<String, String> answers(ApiClient api, List<String> ids) {
    Map<String, String> out = new LinkedHashMap<>();
    List<String> paths = new ArrayList<>();
    ids.forEach(id -> paths.add("/api/bookings/" + id));
    // Up to the day before the clock's: the slots asked below are counted on the clock's day.
    paths.add("/api/admin/insights?from=2030-01-01&to=2030-01-10");
    paths.add("/api/admin/event-types");
    paths.add("/api/admin/vip-tiers");
    paths.add("/api/admin/audit");
    paths.add("/api/admin/bookings?limit=50");
    paths.add(
        "/api/bookings/available-slots?startDate=2030-01-14&endDate=2030-01-16&duration=45"
            + "&eventType=consult");
    for (String path : paths) {
      ApiClient.Reply reply = api.get(path, ADMIN);
      assertThat(reply.status()).as(path).isEqualTo(200);
      JsonNode data = reply.data();
      out.put(path, data.toString());
    }
    return out;
  }

  /**
   * As that release migrated: version by version, without the baseline script of new databases
   * (which Flyway would run on the empty database whatever the target).
   */
  private static void migrateToLastRelease(String url) {
    FluentConfiguration configuration =
        Flyway.configure()
            .dataSource(url, "", "")
            .locations("classpath:db/migration/common", "classpath:db/migration/h2")
            .target(LAST_RELEASE_VERSION);
    configuration
        .getConfigurationExtension(BaselineMigrationConfigurationExtension.class)
        .setBaselineMigrationPrefix("NONE");
    configuration.load().migrate();
  }

  /** Each table of {@code to} gets the rows of {@code from}, in the columns {@code to} has. */
  private static void copyColumnsOfLastRelease(String from, String to) throws SQLException {
    try (Connection source = DriverManager.getConnection(from, "", "");
        Connection target = DriverManager.getConnection(to, "", "")) {
      for (Map.Entry<String, List<String>> table : tables(target).entrySet()) {
        copy(source, target, table.getKey(), table.getValue());
      }
    }
  }

  private static Map<String, List<String>> tables(Connection db) throws SQLException {
    Map<String, List<String>> columns = new LinkedHashMap<>();
    try (Statement s = db.createStatement();
        ResultSet rows =
            s.executeQuery(
                "SELECT table_name, column_name FROM information_schema.columns"
                    + " WHERE table_schema = 'PUBLIC' AND table_name <> 'flyway_schema_history'"
                    + " ORDER BY table_name, ordinal_position")) {
      while (rows.next()) {
        columns.computeIfAbsent(rows.getString(1), t -> new ArrayList<>()).add(rows.getString(2));
      }
    }
    return columns;
  }

  private static void copy(Connection source, Connection target, String table, List<String> cols)
      throws SQLException {
    String list = "\"" + String.join("\", \"", cols) + "\"";
    String marks = String.join(", ", cols.stream().map(c -> "?").toList());
    try (Statement clear = target.createStatement()) {
      clear.execute("DELETE FROM \"" + table + "\"");
    }
    try (Statement read = source.createStatement();
        ResultSet rows = read.executeQuery("SELECT " + list + " FROM \"" + table + "\"");
        PreparedStatement write =
            target.prepareStatement(
                "INSERT INTO \"" + table + "\" (" + list + ") VALUES (" + marks + ")")) {
      while (rows.next()) {
        for (int i = 1; i <= cols.size(); i++) {
          write.setObject(i, rows.getObject(i));
        }
        write.executeUpdate();
      }
    }
    restartIdentities(target, table);
  }

  /** Rows copied with their ids leave an identity column's counter behind: move it past them. */
  private static void restartIdentities(Connection db, String table) throws SQLException {
    List<String> identities = new ArrayList<>();
    try (PreparedStatement s =
        db.prepareStatement(
            "SELECT column_name FROM information_schema.columns WHERE table_schema = 'PUBLIC'"
                + " AND table_name = ? AND is_identity = 'YES'")) {
      s.setString(1, table);
      try (ResultSet rows = s.executeQuery()) {
        while (rows.next()) {
          identities.add(rows.getString(1));
        }
      }
    }
    for (String column : identities) {
      try (Statement s = db.createStatement();
          ResultSet max =
              s.executeQuery(
                  "SELECT COALESCE(MAX(\"" + column + "\"), 0) FROM \"" + table + "\"")) {
        max.next();
        s.execute(
            "ALTER TABLE \""
                + table
                + "\" ALTER COLUMN \""
                + column
                + "\" RESTART WITH "
                + (max.getLong(1) + 1));
      }
    }
  }
}
