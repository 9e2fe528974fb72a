package com.metalogics.booking.adapter.jdbi;

import com.metalogics.booking.adapter.jdbi.internal.Migrations;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.migration.baseline.BaselineMigrationConfigurationExtension;

/**
 * The versions of the migration files, each once, in order. Counted rather than assumed to run from
 * 1 without gaps: branches developed side by side leave a version free for each other.
 */
final class MigrationVersions {

  /** A baseline-migration prefix that no file name starts with. */
  static final String NO_BASELINE = "NONE";

  private MigrationVersions() {}

  static TreeSet<Integer> all() throws Exception {
    TreeSet<Integer> versions = new TreeSet<>();
    for (String folder : List.of("common", "h2", "postgresql")) {
      versions.addAll(versions(folder, "V"));
    }
    return versions;
  }

  /**
   * How many migrations an empty H2 database applies: its newest baseline script, then the versions
   * after it.
   */
  static int freshH2() throws Exception {
    int baseline = versions("h2", "B").last();
    return 1 + all().tailSet(baseline, false).size();
  }

  private static TreeSet<Integer> versions(String folder, String prefix) throws Exception {
    URL url = Migrations.class.getClassLoader().getResource("db/migration/" + folder);
    try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
      return files
          .map(file -> file.getFileName().toString())
          .filter(name -> name.startsWith(prefix))
          .map(name -> Integer.parseInt(name.substring(prefix.length(), name.indexOf("__"))))
          .collect(Collectors.toCollection(TreeSet::new));
    }
  }

  /**
   * Flyway on this storage's migrations with the baseline scripts left out, as releases before them
   * migrated: a target below a baseline's version does not stop Flyway from running the baseline on
   * an empty database.
   */
  static FluentConfiguration versionedOnly(JdbiStorage storage) {
    FluentConfiguration configuration =
        Flyway.configure()
            .dataSource(storage.dataSource())
            .locations(storage.dialect().migrationLocations());
    configuration
        .getConfigurationExtension(BaselineMigrationConfigurationExtension.class)
        .setBaselineMigrationPrefix(NO_BASELINE);
    return configuration;
  }

  /** How many migrations a database at {@code version} still has to apply. */
  static int after(String version) throws Exception {
    return all().tailSet(Integer.parseInt(version), false).size();
  }
}
