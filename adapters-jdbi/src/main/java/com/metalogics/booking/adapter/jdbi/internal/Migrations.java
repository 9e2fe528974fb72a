package com.metalogics.booking.adapter.jdbi.internal;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/** Brings the schema up to date; safe to run from several processes at once. */
public final class Migrations {

  private Migrations() {}

  /**
   * @return how many migrations were applied (0 when the schema was current)
   */
  public static int migrate(DataSource dataSource, Dialect dialect) {
    return Flyway.configure()
        .dataSource(dataSource)
        .locations(dialect.migrationLocations())
        .load()
        .migrate()
        .migrationsExecuted;
  }
}
