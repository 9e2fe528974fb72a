package com.metalogics.booking.adapter.jdbi;

import static org.assertj.core.api.Assertions.assertThat;

import com.metalogics.booking.adapter.jdbi.internal.Migrations;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Collections;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class MigrationsTest {

  @Test
  void givenFreshH2File_migrateAppliesTheHistory_andRerunningIsANoOp() throws Exception {
    assertMigratesOnceThenNoOp(H2Files.freshDatabase());
  }

  @Test
  void givenFreshH2InMemory_migrateAppliesTheHistory_andRerunningIsANoOp() throws Exception {
    assertMigratesOnceThenNoOp(StorageConfig.of("jdbc:h2:mem:" + UUID.randomUUID(), "", ""));
  }

  @Test
  void givenFreshPostgres_migrateAppliesTheHistory_andRerunningIsANoOp() throws Exception {
    assertMigratesOnceThenNoOp(PostgresServer.freshDatabase());
  }

  @Test
  void givenMigratedDatabase_openingASecondInstance_appliesNothing() {
    StorageConfig database = H2Files.freshDatabase();
    try (JdbiStorage first = JdbiStorage.open(database);
        JdbiStorage second = JdbiStorage.open(database)) {
      assertThat(Migrations.migrate(second.dataSource(), second.dialect())).isZero();
      first.repository().ping();
    }
  }

  @Test
  void newestVersion_isTheNewestMigrationFile() throws Exception {
    assertThat(Migrations.NEWEST_VERSION).isEqualTo(String.valueOf(Collections.max(versions())));
  }

  @Test
  void givenH2HistoryAtTheNewestVersion_migrate_leavesFlywayOut() throws Exception {
    assertFlywayLeftOutWhenCurrent(H2Files.freshDatabase());
  }

  @Test
  void givenPostgresHistoryAtTheNewestVersion_migrate_leavesFlywayOut() throws Exception {
    assertFlywayLeftOutWhenCurrent(PostgresServer.freshDatabase());
  }

  /**
   * The versions of the migration files; numbers may skip (branches reserve their own), so counts
   * come from here, not from the newest number.
   */
  static SortedSet<Integer> versions() throws Exception {
    SortedSet<Integer> versions = new TreeSet<>();
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

  private static void assertFlywayLeftOutWhenCurrent(StorageConfig database) throws Exception {
    try (JdbiStorage storage = JdbiStorage.open(database)) {
      // Flyway would refuse this history (checksum mismatch), so a 0 shows it was not asked.
      try (Connection c = storage.dataSource().getConnection();
          Statement s = c.createStatement()) {
        s.executeUpdate("UPDATE \"flyway_schema_history\" SET \"checksum\" = 42");
      }

      assertThat(Migrations.migrate(storage.dataSource(), storage.dialect())).isZero();
    }
  }

  private static void assertMigratesOnceThenNoOp(StorageConfig database) throws Exception {
    try (JdbiStorage storage = JdbiStorage.connect(database)) {
      assertThat(Migrations.migrate(storage.dataSource(), storage.dialect()))
          .isEqualTo(versions().size());
      assertThat(Migrations.migrate(storage.dataSource(), storage.dialect())).isZero();
      storage.repository().ping();
      assertThat(storage.repository().findLimitOverride("nobody@example.com")).isEmpty();
    }
  }
}
