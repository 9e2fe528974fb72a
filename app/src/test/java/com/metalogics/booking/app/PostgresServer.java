package com.metalogics.booking.app;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * One PostgreSQL server per test JVM: an embedded one started on first use, or the external one
 * that {@code BOOKING_TEST_POSTGRES_URL} (+ {@code _USER}, {@code _PASSWORD}) points at. Each call
 * hands out a fresh database (embedded) or schema (external) as service environment variables.
 */
final class PostgresServer {

  private static final String ENV_URL = "BOOKING_TEST_POSTGRES_URL";

  private PostgresServer() {}

  static Map<String, String> freshDatabase() {
    String name =
        "booking_" + UUID.randomUUID().toString().replace("-", "").toLowerCase(Locale.ROOT);
    Optional<String> external =
        Optional.ofNullable(System.getenv(ENV_URL)).filter(u -> !u.isBlank());
    if (external.isPresent()) {
      String user = Optional.ofNullable(System.getenv(ENV_URL + "_USER")).orElse("");
      String password = Optional.ofNullable(System.getenv(ENV_URL + "_PASSWORD")).orElse("");
      execute(external.get(), user, password, "CREATE SCHEMA " + name);
      String separator = external.get().contains("?") ? "&" : "?";
      return Map.of(
          "DATABASE_URL", external.get() + separator + "currentSchema=" + name,
          "DATABASE_USER", user,
          "DATABASE_PASSWORD", password);
    }
    execute(
        Embedded.SERVER.getJdbcUrl("postgres", "postgres"),
        "postgres",
        "",
        "CREATE DATABASE " + name);
    return Map.of(
        "DATABASE_URL", Embedded.SERVER.getJdbcUrl("postgres", name), "DATABASE_USER", "postgres");
  }

  private static void execute(String url, String user, String password, String sql) {
    try (Connection c = DriverManager.getConnection(url, user, password);
        Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("could not run: " + sql, e);
    }
  }

  /** Holder idiom: the server starts once, on first use, and stops when the JVM exits. */
  private static final class Embedded {

    private static final EmbeddedPostgres SERVER = start();

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
