package com.metalogics.booking.adapter.jdbi;

import static org.assertj.core.api.Assertions.assertThat;

import com.metalogics.booking.adapter.jdbi.internal.Migrations;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MigrationsTest {

  @Test
  void givenFreshH2File_migrateAppliesTheHistory_andRerunningIsANoOp() {
    assertMigratesOnceThenNoOp(H2Files.freshDatabase());
  }

  @Test
  void givenFreshH2InMemory_migrateAppliesTheHistory_andRerunningIsANoOp() {
    assertMigratesOnceThenNoOp(StorageConfig.of("jdbc:h2:mem:" + UUID.randomUUID(), "", ""));
  }

  @Test
  void givenFreshPostgres_migrateAppliesTheHistory_andRerunningIsANoOp() {
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

  private static void assertMigratesOnceThenNoOp(StorageConfig database) {
    try (JdbiStorage storage = JdbiStorage.connect(database)) {
      assertThat(Migrations.migrate(storage.dataSource(), storage.dialect())).isEqualTo(6);
      assertThat(Migrations.migrate(storage.dataSource(), storage.dialect())).isZero();
      storage.repository().ping();
      assertThat(storage.repository().findLimitOverride("nobody@example.com")).isEmpty();
    }
  }
}
