package com.metalogics.booking.adapter.jdbi;

import com.metalogics.booking.adapter.jdbi.internal.Migrations;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The versions of the migration files, each once, in order. Counted rather than assumed to run from
 * 1 without gaps: branches developed side by side leave a version free for each other.
 */
final class MigrationVersions {

  private MigrationVersions() {}

  static TreeSet<Integer> all() throws Exception {
    TreeSet<Integer> versions = new TreeSet<>();
    for (String folder : List.of("common", "h2", "postgresql")) {
      URL url = Migrations.class.getClassLoader().getResource("db/migration/" + folder);
      try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
        files
            .map(file -> file.getFileName().toString())
            .map(name -> Integer.parseInt(name.substring(1, name.indexOf("__"))))
            .forEach(versions::add);
      }
    }
    return versions;
  }

  /** How many migrations a database at {@code version} still has to apply. */
  static int after(String version) throws Exception {
    return all().tailSet(Integer.parseInt(version), false).size();
  }
}
