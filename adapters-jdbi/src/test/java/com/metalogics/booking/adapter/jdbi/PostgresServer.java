package com.metalogics.booking.adapter.jdbi;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * One PostgreSQL server per test JVM: an embedded one started on first use, or the external one
 * that {@code BOOKING_TEST_POSTGRES_URL} (+ {@code _USER}, {@code _PASSWORD}) points at. Every
 * caller gets a fresh, empty database (embedded) or schema (external), so test classes never see
 * each other's rows.
 */
public final class PostgresServer {

  private static final String ENV_URL = "BOOKING_TEST_POSTGRES_URL";

  private PostgresServer() {}

  public static StorageConfig freshDatabase() {
    String name =
        "booking_" + UUID.randomUUID().toString().replace("-", "").toLowerCase(Locale.ROOT);
    return external()
        .map(ext -> freshSchema(ext, name))
        .orElseGet(() -> Embedded.freshDatabase(name));
  }

  private static Optional<StorageConfig> external() {
    return Optional.ofNullable(System.getenv(ENV_URL))
        .filter(url -> !url.isBlank())
        .map(
            url ->
                StorageConfig.of(
                    url,
                    Optional.ofNullable(System.getenv(ENV_URL + "_USER")).orElse(""),
                    Optional.ofNullable(System.getenv(ENV_URL + "_PASSWORD")).orElse("")));
  }

  private static StorageConfig freshSchema(StorageConfig server, String schema) {
    execute(server, "CREATE SCHEMA " + schema);
    String separator = server.jdbcUrl().contains("?") ? "&" : "?";
    return StorageConfig.of(
        server.jdbcUrl() + separator + "currentSchema=" + schema, server.user(), server.password());
  }

  static void execute(StorageConfig config, String sql) {
    try (Connection c =
            DriverManager.getConnection(config.jdbcUrl(), config.user(), config.password());
        Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("could not run: " + sql, e);
    }
  }

  /** Holder idiom: the server starts once, on first use, and stops when the JVM exits. */
  private static final class Embedded {

    private static final EmbeddedPostgres SERVER = start();

    static StorageConfig freshDatabase(String name) {
      StorageConfig admin =
          StorageConfig.of(SERVER.getJdbcUrl("postgres", "postgres"), "postgres", "");
      execute(admin, "CREATE DATABASE " + name);
      return StorageConfig.of(SERVER.getJdbcUrl("postgres", name), "postgres", "");
    }

    private static EmbeddedPostgres start() {
      try {
        return EmbeddedPostgres.builder()
            .setPGStartupWait(Duration.ofSeconds(60))
            .setRegisterShutdownHook(true)
            .start();
      } catch (IOException e) {
        throw new UncheckedIOException("embedded PostgreSQL did not start", e);
      }
    }
  }
}
