package com.metalogics.booking.adapter.jdbi;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;

/**
 * A new H2 database is made by the baseline script {@code h2/B17__schema.sql}, an existing one by
 * the versioned migrations: both must end in the same schema and the same seed rows.
 */
class ConsolidatedSchemaTest {

  /** Names H2 makes up for unnamed constraints and their indexes; they follow creation order. */
  private static final Pattern GENERATED_NAME =
      Pattern.compile("\"(CONSTRAINT|PRIMARY_KEY|FK|CONSTRAINT_INDEX)_[0-9A-F]+\"");

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

  /**
   * H2's own script of the database (every table, column, index, constraint, comment and row),
   * without Flyway's history and with made-up constraint names evened out, one statement a line.
   */
  private static List<String> script(DataSource dataSource) throws SQLException {
    List<String> lines = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SCRIPT")) {
      while (rows.next()) {
        String line = rows.getString(1);
        if (!line.contains("flyway_schema_history") && !line.startsWith("-- ")) {
          lines.add(GENERATED_NAME.matcher(line).replaceAll("\"$1_?\""));
        }
      }
    }
    return lines;
  }
}
