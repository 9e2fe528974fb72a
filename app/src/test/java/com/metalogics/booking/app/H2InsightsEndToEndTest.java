package com.metalogics.booking.app;

import java.util.Map;
import java.util.UUID;

/** The insights end to end on H2. */
class H2InsightsEndToEndTest extends InsightsEndToEndContract {

  @Override
  Map<String, String> freshDatabase() {
    return Map.of(
        "DATABASE_URL",
        "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
        "MANAGE_TOKEN_SECRET",
        "a-secret-of-at-least-32-bytes-for-tests");
  }
}
