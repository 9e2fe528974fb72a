package com.metalogics.booking.adapter.jdbi.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;

class H2BaselineTest {

  @Test
  void givenEmptyEmbeddedDatabase_createIfEmpty_makesIt_andThenFindsItNotEmpty() {
    try (HikariDataSource dataSource = inMemory()) {
      assertThat(H2Baseline.createIfEmpty(dataSource)).isTrue();
      assertThat(H2Baseline.createIfEmpty(dataSource)).isFalse();
      assertThat(Migrations.newestApplied(dataSource)).contains(Migrations.NEWEST_VERSION);
    }
  }

  @Test
  void checksum_isFlywaysChecksumOfTheBaselineScript() {
    try (HikariDataSource dataSource = inMemory()) {
      MigrationInfo baseline =
          Arrays.stream(
                  Flyway.configure()
                      .dataSource(dataSource)
                      .locations(Dialect.H2.migrationLocations())
                      .load()
                      .info()
                      .all())
              .filter(migration -> migration.getScript().equals(H2Baseline.SCRIPT))
              .findFirst()
              .orElseThrow();

      assertThat(
              H2Baseline.checksum(
                  H2Baseline.class
                      .getClassLoader()
                      .getResourceAsStream("db/migration/h2/" + H2Baseline.SCRIPT)))
          .isEqualTo(baseline.getChecksum());
    }
  }

  @Test
  void checksum_leavesOutTheByteOrderMark_andTheLineBreaks() {
    assertThat(checksumOf("\uFEFFa\r\nb\n")).isEqualTo(checksumOf("a\nb"));
    assertThat(checksumOf("ab")).isNotEqualTo(checksumOf("a\nb\nc"));
  }

  @Test
  void embedded_isAFileOrMemoryDatabase_notOneAServerShares() {
    assertThat(H2Baseline.embedded("jdbc:h2:file:./data/booking")).isTrue();
    assertThat(H2Baseline.embedded("jdbc:h2:./data/booking;MODE=Regular")).isTrue();
    assertThat(H2Baseline.embedded("jdbc:h2:mem:test")).isTrue();
    assertThat(H2Baseline.embedded("jdbc:h2:tcp://db.example.org/booking")).isFalse();
    assertThat(H2Baseline.embedded("jdbc:h2:ssl://db.example.org/booking")).isFalse();
    assertThat(H2Baseline.embedded("jdbc:h2:file:./data/booking;auto_server = true")).isFalse();
  }

  private static int checksumOf(String text) {
    return H2Baseline.checksum(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  private static HikariDataSource inMemory() {
    HikariDataSource dataSource = new HikariDataSource();
    dataSource.setJdbcUrl("jdbc:h2:mem:" + UUID.randomUUID());
    return dataSource;
  }
}
