package com.metalogics.booking.adapter.jdbi.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.zip.CRC32;
import javax.sql.DataSource;

/**
 * Makes an empty embedded H2 database from its baseline script, and records it in Flyway's history
 * as Flyway records a baseline migration, so that Flyway validates the database and applies later
 * versions on top of it.
 *
 * <p>Why not let Flyway run the script: on a first start Flyway itself (loading, scanning the jar,
 * parsing the script, all cold) cost several times the script's own 90 ms, most of a first start's
 * lead over a restart. {@code ConsolidatedSchemaTest} holds what this writes equal to what Flyway
 * writes, history rows included, so a Flyway upgrade that changes its history shows there.
 *
 * <p>Only embedded databases (a file or memory, not a server that other processes share) take this
 * way: one process owns such a database, and this class serialises the threads of that process.
 */
final class H2Baseline {

  /** The baseline script of the newest version; without it, Flyway makes the database. */
  static final String SCRIPT = "B" + Migrations.NEWEST_VERSION + "__schema.sql";

  private static final String RESOURCE = "db/migration/h2/" + SCRIPT;

  /** Flyway's schema history table on H2, as Flyway creates it. */
  private static final String CREATE_HISTORY =
      "CREATE TABLE \"flyway_schema_history\" ("
          + "\"installed_rank\" INT NOT NULL,"
          + " \"version\" VARCHAR(50),"
          + " \"description\" VARCHAR(200) NOT NULL,"
          + " \"type\" VARCHAR(20) NOT NULL,"
          + " \"script\" VARCHAR(1000) NOT NULL,"
          + " \"checksum\" INT,"
          + " \"installed_by\" VARCHAR(100) NOT NULL,"
          + " \"installed_on\" TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,"
          + " \"execution_time\" INT NOT NULL,"
          + " \"success\" BOOLEAN NOT NULL,"
          + " CONSTRAINT \"flyway_schema_history_pk\" PRIMARY KEY (\"installed_rank\"))";

  private static final String INDEX_HISTORY =
      "CREATE INDEX \"flyway_schema_history_s_idx\" ON \"flyway_schema_history\" (\"success\")";

  private static final String RECORD =
      "INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\","
          + " \"type\", \"script\", \"checksum\", \"installed_by\", \"execution_time\", \"success\")"
          + " VALUES (?, ?, ?, ?, ?, ?, CURRENT_USER, ?, TRUE)";

  private static final String COUNT_TABLES =
      "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = CURRENT_SCHEMA";

  private H2Baseline() {}

  /**
   * @return whether it made the schema; false when the database is not embedded, not empty, or the
   *     newest version has no baseline script, and Flyway should decide
   */
  static synchronized boolean createIfEmpty(DataSource dataSource) {
    if (H2Baseline.class.getClassLoader().getResource(RESOURCE) == null) {
      return false;
    }
    try (Connection connection = dataSource.getConnection()) {
      if (!embedded(connection.getMetaData().getURL()) || !empty(connection)) {
        return false;
      }
      create(connection);
      return true;
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot create the schema of a new H2 database", e);
    }
  }

  /** A file or memory database that this process opens itself, not one a server shares. */
  static boolean embedded(String jdbcUrl) {
    String url = jdbcUrl.toUpperCase(Locale.ROOT);
    return !url.startsWith("JDBC:H2:TCP:")
        && !url.startsWith("JDBC:H2:SSL:")
        && !url.replace(" ", "").contains("AUTO_SERVER=TRUE");
  }

  /**
   * Flyway's checksum of a script: a CRC-32 over its lines, without their line breaks, in UTF-8.
   */
  static int checksum(InputStream script) {
    CRC32 crc = new CRC32();
    try (BufferedReader lines =
        new BufferedReader(new InputStreamReader(script, StandardCharsets.UTF_8))) {
      String line = lines.readLine();
      if (line != null && line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      for (; line != null; line = lines.readLine()) {
        crc.update(line.getBytes(StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return (int) crc.getValue();
  }

  private static boolean empty(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet count = statement.executeQuery(COUNT_TABLES)) {
      return count.next() && count.getLong(1) == 0;
    }
  }

  private static void create(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(CREATE_HISTORY);
      statement.execute(INDEX_HISTORY);
      HistoryRow.TABLE_CREATED.insert(connection);
      long started = System.nanoTime();
      // H2 reads the script from the class path itself, with its own parser of statements.
      statement.execute("RUNSCRIPT FROM 'classpath:/" + RESOURCE + "' CHARSET 'UTF-8'");
      HistoryRow.baseline((int) ((System.nanoTime() - started) / 1_000_000)).insert(connection);
    }
  }

  /** A row of Flyway's history, as Flyway writes it for what it did. */
  private record HistoryRow(
      int rank,
      String version,
      String description,
      String type,
      String script,
      Integer checksum,
      int millis) {

    static final HistoryRow TABLE_CREATED =
        new HistoryRow(-1, null, "<< Flyway Schema History table created >>", "TABLE", "", null, 0);

    /** Flyway's description of a script is its name after the "__", with spaces for "_". */
    static HistoryRow baseline(int millis) {
      String description =
          SCRIPT.substring(SCRIPT.indexOf("__") + 2, SCRIPT.length() - ".sql".length());
      try (InputStream script = H2Baseline.class.getClassLoader().getResourceAsStream(RESOURCE)) {
        return new HistoryRow(
            1,
            Migrations.NEWEST_VERSION,
            description.replace('_', ' '),
            "SQL_BASELINE",
            SCRIPT,
            H2Baseline.checksum(script),
            millis);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    void insert(Connection connection) throws SQLException {
      try (PreparedStatement insert = connection.prepareStatement(RECORD)) {
        insert.setInt(1, rank);
        insert.setString(2, version);
        insert.setString(3, description);
        insert.setString(4, type);
        insert.setString(5, script);
        insert.setObject(6, checksum);
        insert.setInt(7, millis);
        insert.executeUpdate();
      }
    }
  }
}
