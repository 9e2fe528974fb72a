package com.metalogics.booking.app;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;

class H2StorageFailureLogTest extends StorageFailureLogContract {

  @TempDir Path dataDirectory;

  @Override
  Map<String, String> databaseEnvironment() {
    return Map.of("DATABASE_URL", "jdbc:h2:file:" + dataDirectory.resolve("booking"));
  }
}
