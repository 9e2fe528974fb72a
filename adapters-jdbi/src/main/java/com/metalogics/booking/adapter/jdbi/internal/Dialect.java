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
   * {@code FROM ... WHERE ...} selecting the confirmed bookings that overlap {@code [:start,
   * :end)}, given the names of the two bind parameters. Written so that the cost follows the
   * bookings near the slot, not the table's history: PostgreSQL searches the GiST index behind its
   * exclusion constraint; H2 is told to use the end-time index (bookings from the slot on), which
   * its cost model would not pick over the start-time one (every booking before the slot).
   */
  public String confirmedOverlapping(String start, String end) {
    return switch (this) {
      case H2 ->
          "FROM bookings USE INDEX (bookings_end_status_idx) WHERE status = 'CONFIRMED'"
              + " AND end_time > :"
              + start
              + " AND start_time < :"
              + end;
      case POSTGRESQL ->
          "FROM bookings WHERE status = 'CONFIRMED'"
              + " AND tstzrange(start_time, end_time, '[)') && tstzrange(:"
              + start
              + ", :"
              + end
              + ", '[)')";
    };
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
