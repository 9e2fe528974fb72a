package com.metalogics.booking.adapter.jdbi.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DialectTest {

  @Test
  void givenH2FileUrl_prepareUrl_setsTheSmallPageCache_andLeavesClosingToTheService() {
    assertThat(Dialect.H2.prepareUrl("jdbc:h2:file:./data/booking"))
        .isEqualTo(
            "jdbc:h2:file:./data/booking;CACHE_SIZE=1024;QUERY_CACHE_SIZE=64;DB_CLOSE_ON_EXIT=FALSE");
  }

  @Test
  void givenH2MemoryUrl_prepareUrl_keepsTheDatabaseAndSetsTheCache() {
    assertThat(Dialect.H2.prepareUrl("jdbc:h2:mem:x"))
        .isEqualTo(
            "jdbc:h2:mem:x;DB_CLOSE_DELAY=-1;CACHE_SIZE=1024;QUERY_CACHE_SIZE=64;DB_CLOSE_ON_EXIT=FALSE");
  }

  @Test
  void givenSettingsInTheUrl_prepareUrl_leavesThem() {
    String url =
        "jdbc:h2:mem:x;db_close_delay=5;cache_size=65536;query_cache_size=0;db_close_on_exit=true";
    assertThat(Dialect.H2.prepareUrl(url)).isEqualTo(url);
  }

  @Test
  void givenOnlyTheStatementCacheInTheUrl_prepareUrl_stillSetsThePageCache() {
    assertThat(Dialect.H2.prepareUrl("jdbc:h2:mem:x;QUERY_CACHE_SIZE=16"))
        .isEqualTo(
            "jdbc:h2:mem:x;QUERY_CACHE_SIZE=16;DB_CLOSE_DELAY=-1;CACHE_SIZE=1024;DB_CLOSE_ON_EXIT=FALSE");
  }

  @Test
  void givenPostgresUrl_prepareUrl_leavesIt() {
    String url = "jdbc:postgresql://localhost/booking";
    assertThat(Dialect.POSTGRESQL.prepareUrl(url)).isEqualTo(url);
  }
}
