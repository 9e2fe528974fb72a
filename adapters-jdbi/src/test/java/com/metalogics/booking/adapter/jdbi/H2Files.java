package com.metalogics.booking.adapter.jdbi;

import java.nio.file.Path;
import java.util.UUID;

/** Fresh H2 file databases under the build's temp directory (Surefire points it at target/). */
final class H2Files {

  private H2Files() {}

  static StorageConfig freshDatabase() {
    Path dir = Path.of(System.getProperty("java.io.tmpdir"), "h2-" + UUID.randomUUID());
    return StorageConfig.of("jdbc:h2:file:" + dir.resolve("booking").toAbsolutePath(), "", "");
  }
}
