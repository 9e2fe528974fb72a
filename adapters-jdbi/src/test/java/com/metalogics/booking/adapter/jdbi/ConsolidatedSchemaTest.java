package com.metalogics.booking.adapter.jdbi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.metalogics.booking.adapter.jdbi.internal.Migrations;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;

/**
 * A new H2 database is made by the baseline script {@code h2/B17__schema.sql}, an existing one by
 * the versioned migrations: both must end in the same schema and the same seed rows. The service
 * runs the baseline script without Flyway; Flyway must find the database as it would have made it.
 */
class ConsolidatedSchemaTest {

  /** Names H2 makes up for unnamed constraints and their indexes; they follow creation order. */
  private static final Pattern GENERATED_NAME =
      Pattern.compile("\"(CONSTRAINT|PRIMARY_KEY|FK|CONSTRAINT_INDEX)_[0-9A-F]+\"");

  /** When a history row was written and how long its migration took. */
  private static final Pattern HISTORY_TIMES = Pattern.compile("TIMESTAMP '[^']*', \\d+, TRUE\\)");

  @Test
  void givenEmptyH2Database_migrate_runsTheBaselineScriptAlone() {
    try (JdbiStorage storage = JdbiStorage.connect(inMemory())) {
      int applied = Migrations.migrate(storage.dataSource(), storage.dialect());

      List<MigrationInfo> history = List.of(flyway(storage).info().applied());
      assertThat(applied).isOne();
      assertThat(history).hasSize(1);
      assertThat(history.get(0).getType().isBaseline()).isTrue();
      assertThat(history.get(0).getScript()).isEqualTo("B17__schema.sql");
      assertThat(history.get(0).getVersion().getVersion()).isEqualTo(Migrations.NEWEST_VERSION);
    }
  }

  @Test
  void baselineScript_makesTheSchemaAndRowsOfTheVersionedMigrations() throws Exception {
    try (JdbiStorage versioned = JdbiStorage.connect(inMemory());
        JdbiStorage baseline = JdbiStorage.connect(inMemory())) {
      MigrationVersions.versionedOnly(versioned).load().migrate();
      Migrations.migrate(baseline.dataSource(), baseline.dialect());

      List<String> expected = script(versioned.dataSource());
      assertThat(expected).anyMatch(line -> line.contains("TABLE \"PUBLIC\".\"BOOKINGS\""));
      assertThat(script(baseline.dataSource())).containsExactlyInAnyOrderElementsOf(expected);
    }
  }

  @Test
  void givenEmptyH2Database_theBaselineMadeWithoutFlyway_isWhatFlywayMakes_historyIncluded()
      throws Exception {
    try (JdbiStorage byFlyway = JdbiStorage.connect(inMemory());
        JdbiStorage byService = JdbiStorage.connect(inMemory())) {
      flyway(byFlyway).migrate();
      Migrations.migrate(byService.dataSource(), byService.dialect());

      List<String> expected = scriptWithHistory(byFlyway.dataSource());
      assertThat(expected).anyMatch(line -> line.contains("'SQL_BASELINE'"));
      assertThat(scriptWithHistory(byService.dataSource()))
          .containsExactlyInAnyOrderElementsOf(expected);
    }
  }

  @Test
  void givenDatabaseMadeByTheBaseline_aLaterVersionMigratesOnTop() throws Exception {
    try (JdbiStorage storage = JdbiStorage.connect(inMemory())) {
      Migrations.migrate(storage.dataSource(), storage.dialect());

      Flyway later =
          Flyway.configure()
              .dataSource(storage.dataSource())
              .locations(
                  storage.dialect().migrationLocations()[0],
                  storage.dialect().migrationLocations()[1],
                  "classpath:db/probe")
              .load();
      assertThat(later.migrate().migrationsExecuted).isOne();
      assertThat(later.validateWithResult().validationSuccessful).isTrue();
      execute(storage.dataSource(), "INSERT INTO migration_probe (id) VALUES (1)");
    }
  }

  @Test
  void givenH2DatabaseWithOtherTables_migrate_leavesItToFlyway_whichRefusesIt() throws Exception {
    try (JdbiStorage storage = JdbiStorage.connect(inMemory())) {
      execute(storage.dataSource(), "CREATE TABLE someone_elses (id INTEGER)");

      assertThatThrownBy(() -> Migrations.migrate(storage.dataSource(), storage.dialect()))
          .isInstanceOf(FlywayException.class)
          .hasMessageContaining("non-empty schema");
    }
  }

  @Test
  void givenDatabaseMadeByTheBaseline_flywayValidatesIt_andFindsNothingPending() {
    try (JdbiStorage storage = JdbiStorage.connect(inMemory())) {
      Migrations.migrate(storage.dataSource(), storage.dialect());

      Flyway flyway = flyway(storage);
      assertThat(flyway.validateWithResult().validationSuccessful).isTrue();
      assertThat(flyway.info().pending()).isEmpty();
    }
  }

  private static StorageConfig inMemory() {
    return StorageConfig.of("jdbc:h2:mem:" + UUID.randomUUID(), "", "");
  }

  private static Flyway flyway(JdbiStorage storage) {
    return Flyway.configure()
        .dataSource(storage.dataSource())
        .locations(storage.dialect().migrationLocations())
        .load();
  }

  private static void execute(DataSource dataSource, String sql) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  /**
   * H2's own script of the database (every table, column, index, constraint, comment and row),
   * without Flyway's history and with made-up constraint names evened out, one statement a line.
   */
  private static List<String> script(DataSource dataSource) throws SQLException {
    return script(dataSource, false);
  }

  /** The same with Flyway's history, whose times and durations are evened out. */
  private static List<String> scriptWithHistory(DataSource dataSource) throws SQLException {
    return script(dataSource, true);
  }

  private static List<String> script(DataSource dataSource, boolean history) throws SQLException {
    List<String> lines = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SCRIPT")) {
      while (rows.next()) {
        String line = rows.getString(1);
        if ((history || !line.contains("flyway_schema_history")) && !line.startsWith("-- ")) {
          line = GENERATED_NAME.matcher(line).replaceAll("\"$1_?\"");
          lines.add(HISTORY_TIMES.matcher(line).replaceAll("TIMESTAMP ?, ?, TRUE)"));
        }
      }
    }
    return lines;
  }
}
