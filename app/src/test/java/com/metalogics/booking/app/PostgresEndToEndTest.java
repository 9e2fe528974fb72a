package com.metalogics.booking.app;

import java.util.HashMap;
import java.util.Map;

/** The end-to-end run on PostgreSQL, the database several instances share in production. */
class PostgresEndToEndTest extends EndToEndContract {

  private final Map<String, String> database = new HashMap<>();

  @Override
  Map<String, String> databaseEnvironment() {
    if (database.isEmpty()) {
      database.putAll(PostgresServer.freshDatabase());
      database.put("MANAGE_TOKEN_SECRET", "a-secret-of-at-least-32-bytes-for-tests");
    }
    return database;
  }
}
