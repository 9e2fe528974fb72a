package com.metalogics.booking.app;

import java.util.HashMap;
import java.util.Map;

/** The insights end to end on PostgreSQL. */
class PostgresInsightsEndToEndTest extends InsightsEndToEndContract {

  @Override
  Map<String, String> freshDatabase() {
    Map<String, String> database = new HashMap<>(PostgresServer.freshDatabase());
    database.put("MANAGE_TOKEN_SECRET", "a-secret-of-at-least-32-bytes-for-tests");
    return database;
  }
}
