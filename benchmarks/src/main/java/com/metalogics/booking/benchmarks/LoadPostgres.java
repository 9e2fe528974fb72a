package com.metalogics.booking.benchmarks;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The PostgreSQL server of {@code benchmarks/load.sh}'s PostgreSQL run: the same embedded server
 * the tests use, so the run needs no database on the machine. Writes the service's database
 * variables to {@code <directory>/database.env} once it accepts connections, and runs until its
 * standard input closes or it is stopped.
 */
public final class LoadPostgres {

  private LoadPostgres() {}

  /** {@code <directory>}: where the data directory and {@code database.env} go. */
  public static void main(String[] args) throws IOException {
    Path directory = Path.of(args[0]);
    try (EmbeddedPostgres postgres =
        EmbeddedPostgres.builder()
            .setDataDirectory(directory.resolve("pgdata"))
            .setCleanDataDirectory(true)
            // As a production server runs: a commit is on disk before the booking is answered.
            .setServerConfig("synchronous_commit", "on")
            .setServerConfig("max_connections", "100")
            .start()) {
      String env =
          "DATABASE_URL="
              + postgres.getJdbcUrl("postgres", "postgres")
              + "\nDATABASE_USER=postgres\nDATABASE_PASSWORD=\n";
      Path file = directory.resolve("database.env");
      Path partial = directory.resolve("database.env.partial");
      Files.writeString(partial, env, StandardCharsets.UTF_8);
      // Renamed whole, so the script never reads half a file.
      Files.move(partial, file);
      while (System.in.read() >= 0) {
        // Runs until the script closes its end of the pipe.
      }
    }
  }
}
