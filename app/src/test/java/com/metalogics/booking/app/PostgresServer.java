package com.metalogics.booking.app;

import com.metalogics.booking.adapter.jdbi.StorageConfig;
import java.util.Map;

/**
 * The storage module's PostgreSQL test server (embedded, or the one {@code
 * BOOKING_TEST_POSTGRES_URL} names), handed out as the service's environment variables.
 */
final class PostgresServer {

  private PostgresServer() {}

  static Map<String, String> freshDatabase() {
    StorageConfig database = com.metalogics.booking.adapter.jdbi.PostgresServer.freshDatabase();
    return Map.of(
        "DATABASE_URL", database.jdbcUrl(),
        "DATABASE_USER", database.user(),
        "DATABASE_PASSWORD", database.password());
  }
}
