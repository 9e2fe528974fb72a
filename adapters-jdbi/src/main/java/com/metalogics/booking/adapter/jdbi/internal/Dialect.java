package com.metalogics.booking.adapter.jdbi.internal;

/** What differs between the two databases we support. */
public enum Dialect {
  H2("h2"),
  POSTGRESQL("postgresql");

  private final String migrationFolder;

  Dialect(String migrationFolder) {
    this.migrationFolder = migrationFolder;
  }

  public static Dialect fromJdbcUrl(String jdbcUrl) {
    if (jdbcUrl.startsWith("jdbc:h2:")) {
      return H2;
    }
    if (jdbcUrl.startsWith("jdbc:postgresql:")) {
      return POSTGRESQL;
    }
    throw new IllegalArgumentException("unsupported JDBC URL; use jdbc:h2: or jdbc:postgresql:");
  }

  /** Flyway locations: the shared history plus this database's own files. */
  public String[] migrationLocations() {
    return new String[] {
      "classpath:db/migration/common", "classpath:db/migration/" + migrationFolder
    };
  }

  /**
   * PostgreSQL lets concurrent claimers skip each other's rows; H2 serialises claimers on a lock
   * row instead.
   */
  public boolean supportsSkipLocked() {
    return this == POSTGRESQL;
  }

  /**
   * How the overlap check reads {@code bookings}. Of the two range conditions only the one on the
   * end time stays small as history grows (it reads bookings from the new slot on, not every past
   * one); PostgreSQL's planner sees that from its statistics, H2's cost model needs to be told.
   */
  public String overlapScan() {
    return this == H2 ? "bookings USE INDEX (bookings_end_status_idx)" : "bookings";
  }

  /**
   * An in-memory H2 database vanishes when its last connection closes; keep it for the life of the
   * JVM so that a pool recycling its connections does not wipe it.
   */
  public String prepareUrl(String jdbcUrl) {
    if (this == H2
        && jdbcUrl.startsWith("jdbc:h2:mem:")
        && !jdbcUrl.toUpperCase(java.util.Locale.ROOT).contains("DB_CLOSE_DELAY")) {
      return jdbcUrl + ";DB_CLOSE_DELAY=-1";
    }
    return jdbcUrl;
  }
}
