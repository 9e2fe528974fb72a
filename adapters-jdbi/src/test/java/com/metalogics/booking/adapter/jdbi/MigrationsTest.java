package com.metalogics.booking.adapter.jdbi;

import static org.assertj.core.api.Assertions.assertThat;

import com.metalogics.booking.adapter.jdbi.internal.Migrations;
import java.sql.Connection;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MigrationsTest {

  @Test
  void givenFreshH2File_migrateAppliesTheHistory_andRerunningIsANoOp() throws Exception {
    assertMigratesOnceThenNoOp(H2Files.freshDatabase(), MigrationVersions.freshH2());
  }

  @Test
  void givenFreshH2InMemory_migrateAppliesTheHistory_andRerunningIsANoOp() throws Exception {
    assertMigratesOnceThenNoOp(
        StorageConfig.of("jdbc:h2:mem:" + UUID.randomUUID(), "", ""), MigrationVersions.freshH2());
  }

  @Test
  void givenFreshPostgres_migrateAppliesTheHistory_andRerunningIsANoOp() throws Exception {
    assertMigratesOnceThenNoOp(PostgresServer.freshDatabase(), MigrationVersions.all().size());
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
    assertThat(Migrations.NEWEST_VERSION).isEqualTo(String.valueOf(MigrationVersions.all().last()));
  }

  @Test
  void givenH2HistoryAtTheNewestVersion_migrate_leavesFlywayOut() throws Exception {
    assertFlywayLeftOutWhenCurrent(H2Files.freshDatabase());
  }

  @Test
  void givenPostgresHistoryAtTheNewestVersion_migrate_leavesFlywayOut() throws Exception {
    assertFlywayLeftOutWhenCurrent(PostgresServer.freshDatabase());
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

  private static void assertMigratesOnceThenNoOp(StorageConfig database, int migrations)
      throws Exception {
    try (JdbiStorage storage = JdbiStorage.connect(database)) {
      assertThat(Migrations.migrate(storage.dataSource(), storage.dialect())).isEqualTo(migrations);
      assertThat(Migrations.migrate(storage.dataSource(), storage.dialect())).isZero();
      storage.repository().ping();
      assertThat(storage.repository().findLimitOverride("nobody@example.com")).isEmpty();
    }
  }
}
