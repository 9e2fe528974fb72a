package com.metalogics.booking.adapter.jdbi.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

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
   * A text expression that orders and compares by code point, as Java's strings do, whatever the
   * database's collation: PostgreSQL's language-aware collations would otherwise order the admin
   * list differently from H2 and from memory (they skip punctuation, for one).
   */
  public String byCodePoint(String expression) {
    return switch (this) {
      case H2 -> expression;
      case POSTGRESQL -> expression + " COLLATE \"C\"";
    };
  }

  /**
   * {@code FROM ... WHERE ...} selecting the confirmed bookings that overlap {@code [:start,
   * :end)}, given the names of the two bind parameters. Written so that the cost follows the
   * bookings near the slot, not the table's history: PostgreSQL searches the GiST index on the
   * ranges of confirmed bookings; H2 is told to use the end-time index (bookings from the slot on),
   * which its cost model would not pick over the start-time one (every booking before the slot).
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
   * {@code SELECT COUNT(*)} of the confirmed bookings of type {@code :<p>_type} other than {@code
   * :<id>} that start in {@code [:<p>_from, :<p>_to)}, where {@code <p>} is {@code prefix}: how
   * full a period cap is, asked under the calendar lock. Both databases read it from the index by
   * type, status and start, so the cost follows the type's bookings in the period. H2 is told to,
   * lest it walk every type's bookings in the period through the start-time index. PostgreSQL is
   * asked for one range of that index's keys (a row comparison over all three columns, which any
   * other index can serve only by its first two), since on a young table without statistics it took
   * the index by type, status and creation and read every booking of the type.
   */
  public String countConfirmedOfType(String prefix, String id) {
    String p = ":" + prefix;
    return switch (this) {
      case H2 ->
          "SELECT COUNT(*) FROM bookings USE INDEX (bookings_type_status_start_idx) WHERE"
              + " event_type = "
              + p
              + "_type AND status = 'CONFIRMED' AND start_time >= "
              + p
              + "_from AND start_time < "
              + p
              + "_to AND id <> :"
              + id;
      case POSTGRESQL ->
          "SELECT COUNT(*) FROM bookings WHERE (event_type, status, start_time) >= ("
              + p
              + "_type, 'CONFIRMED', "
              + p
              + "_from) AND (event_type, status, start_time) < ("
              + p
              + "_type, 'CONFIRMED', "
              + p
              + "_to) AND id <> :"
              + id;
    };
  }

  /**
   * H2's page cache, in KiB, unless the URL sets one. H2 sizes it from the heap (8 MiB at 128 MiB);
   * under a stream of bookings that cache kept promoting pages it soon evicted, and copying them
   * made most of the garbage collector's pauses. With 1 MiB the hot upper levels of the indexes
   * stay cached and the rest is read from the operating system's file cache: at 128 MiB of heap the
   * booking load's p99 fell from about 21 ms to about 15 ms (benchmarks/load.sh).
   */
  static final int H2_CACHE_KIB = 1024;

  /**
   * Parsed statements H2 keeps per connection, unless the URL sets it. H2 keeps 8; a booking with
   * the calendar and CRM on runs more distinct statements than that on one pooled connection, so
   * each was parsed and planned again. With 64, the paced in-memory run (benchmarks/load.sh) took 8
   * to 10 % less CPU per booking, in three alternating pairs.
   */
  static final int H2_QUERY_CACHE = 64;

  /** A setting's name at the start of the URL's settings or after a ";". */
  private static boolean sets(String upperUrl, String setting) {
    return upperUrl.contains(";" + setting + "=");
  }

  /**
   * The URL the pool connects with. H2: an in-memory database vanishes when its last connection
   * closes, so it is kept for the life of the JVM; the page cache gets {@link #H2_CACHE_KIB} and
   * the statement cache {@link #H2_QUERY_CACHE}. A setting the URL already makes wins.
   */
  public String prepareUrl(String jdbcUrl) {
    if (this != H2) {
      return jdbcUrl;
    }
    String upper = jdbcUrl.toUpperCase(Locale.ROOT);
    StringBuilder url = new StringBuilder(jdbcUrl);
    if (jdbcUrl.startsWith("jdbc:h2:mem:") && !sets(upper, "DB_CLOSE_DELAY")) {
      url.append(";DB_CLOSE_DELAY=-1");
    }
    if (!sets(upper, "CACHE_SIZE")) {
      url.append(";CACHE_SIZE=").append(H2_CACHE_KIB);
    }
    if (!sets(upper, "QUERY_CACHE_SIZE")) {
      url.append(";QUERY_CACHE_SIZE=").append(H2_QUERY_CACHE);
    }
    // H2's own shutdown hook closed the database while the service's stop still wrote to it (the
    // insights counted since the last flush were lost); closing the pool closes it instead.
    if (!sets(upper, "DB_CLOSE_ON_EXIT")) {
      url.append(";DB_CLOSE_ON_EXIT=FALSE");
    }
    return url.toString();
  }

  /**
   * Inserts a row, or adds to the stored one: {@code adds} columns are summed, {@code maxes} keep
   * the higher value (both BIGINT). Bind parameters are named after the columns. PostgreSQL's
   * {@code ON CONFLICT} stays atomic under concurrent inserts of the same key; H2 runs its MERGE
   * under row locks, and needs the SQL type of each key to type its parameters.
   */
  public String upsertAdding(
      String table, Map<String, String> keys, List<String> adds, List<String> maxes) {
    return upsertAdding(table, keys, adds, maxes, Map.of());
  }

  /**
   * As {@link #upsertAdding(String, Map, List, List)}, {@code types} giving the SQL type of each
   * added or maxed column that is not BIGINT.
   */
  public String upsertAdding(
      String table,
      Map<String, String> keys,
      List<String> adds,
      List<String> maxes,
      Map<String, String> types) {
    List<String> all = new ArrayList<>(keys.keySet());
    all.addAll(adds);
    all.addAll(maxes);
    return switch (this) {
      case POSTGRESQL -> insertOnConflict(table, keys, adds, maxes, all);
      case H2 -> merge(table, keys, adds, maxes, types, all);
    };
  }

  /** PostgreSQL's upsert; {@code all} is every column in insert order. */
  private static String insertOnConflict(
      String table,
      Map<String, String> keys,
      List<String> adds,
      List<String> maxes,
      List<String> all) {
    List<String> sets = new ArrayList<>();
    adds.forEach(c -> sets.add(c + " = " + table + "." + c + " + EXCLUDED." + c));
    maxes.forEach(c -> sets.add(c + " = GREATEST(" + table + "." + c + ", EXCLUDED." + c + ")"));
    return "INSERT INTO "
        + table
        + " ("
        + String.join(", ", all)
        + ") VALUES ("
        + all.stream().map(c -> ":" + c).collect(Collectors.joining(", "))
        + ")"
        + " ON CONFLICT ("
        + String.join(", ", keys.keySet())
        + ") DO UPDATE SET "
        + String.join(", ", sets);
  }

  /** H2's upsert; {@code all} is every column in insert order, cast to its SQL type. */
  private static String merge(
      String table,
      Map<String, String> keys,
      List<String> adds,
      List<String> maxes,
      Map<String, String> types,
      List<String> all) {
    List<String> sets = new ArrayList<>();
    adds.forEach(c -> sets.add(c + " = t." + c + " + s." + c));
    maxes.forEach(c -> sets.add(c + " = GREATEST(t." + c + ", s." + c + ")"));
    String on =
        keys.keySet().stream()
            .map(c -> "t." + c + " = s." + c)
            .collect(Collectors.joining(" AND "));
    return "MERGE INTO "
        + table
        + " t USING (SELECT "
        + all.stream()
            .map(
                c ->
                    "CAST(:"
                        + c
                        + " AS "
                        + keys.getOrDefault(c, types.getOrDefault(c, "BIGINT"))
                        + ") AS "
                        + c)
            .collect(Collectors.joining(", "))
        + ") s ON "
        + on
        + " WHEN MATCHED THEN UPDATE SET "
        + String.join(", ", sets)
        + " WHEN NOT MATCHED THEN INSERT ("
        + String.join(", ", all)
        + ") VALUES ("
        + all.stream().map(c -> "s." + c).collect(Collectors.joining(", "))
        + ")";
  }
}
