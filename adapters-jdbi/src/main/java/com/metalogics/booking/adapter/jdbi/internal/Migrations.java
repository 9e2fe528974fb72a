package com.metalogics.booking.adapter.jdbi.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Brings the schema up to date; safe to run from several processes at once.
 *
 * <p>When the history already records the newest migration, Flyway is not asked at all: loading it,
 * scanning the jar and validating the applied migrations cost about as much as migrating an empty
 * database, and leaving it out took a sixth off a restart. What goes unchecked then is the checksum
 * of the applied migrations, that is, a migration file edited after it was applied. An empty
 * embedded H2 database is made from its baseline script without Flyway too ({@link H2Baseline}).
 */
public final class Migrations {

  /**
   * The newest version under {@code db/migration}; {@code MigrationsTest} holds it to the files.
   */
  public static final String NEWEST_VERSION = "17";

  private static final String NEWEST_APPLIED =
      "SELECT \"version\" FROM \"flyway_schema_history\""
          + " WHERE \"success\" = TRUE AND \"version\" IS NOT NULL"
          + " ORDER BY \"installed_rank\" DESC FETCH FIRST 1 ROWS ONLY";

  private Migrations() {}

  /**
   * @return how many migrations were applied (0 when the schema was current)
   */
  public static int migrate(DataSource dataSource, Dialect dialect) {
    Optional<String> newest = newestApplied(dataSource);
    if (newest.filter(NEWEST_VERSION::equals).isPresent()) {
      return 0;
    }
    if (newest.isEmpty() && dialect == Dialect.H2 && H2Baseline.createIfEmpty(dataSource)) {
      return 1;
    }
    return Flyway.configure()
        .dataSource(dataSource)
        .locations(dialect.migrationLocations())
        .load()
        .migrate()
        .migrationsExecuted;
  }

  /**
   * The newest version the history records as applied; empty when there is no history yet, or when
   * it cannot be read: then Flyway decides, and reports what is wrong.
   */
  static Optional<String> newestApplied(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery(NEWEST_APPLIED)) {
      return row.next() ? Optional.ofNullable(row.getString(1)) : Optional.empty();
    } catch (SQLException e) {
      return Optional.empty();
    }
  }
}
