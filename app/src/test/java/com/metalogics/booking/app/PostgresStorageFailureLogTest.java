package com.metalogics.booking.app;

import java.util.Map;

class PostgresStorageFailureLogTest extends StorageFailureLogContract {

  private final Map<String, String> database = PostgresServer.freshDatabase();

  @Override
  Map<String, String> databaseEnvironment() {
    return database;
  }
}
