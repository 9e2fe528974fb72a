package com.metalogics.booking.adapter.jdbi.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.metalogics.booking.adapter.jdbi.StorageConfig;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

class H2ReservePlanTest extends ReservePlanContract {

  @Override
  protected StorageConfig freshDatabase() {
    return StorageConfig.of("jdbc:h2:mem:plan-" + UUID.randomUUID(), "", "");
  }

  @Override
  protected Dialect dialect() {
    return Dialect.H2;
  }

  @Override
  protected String explainAnalyze() {
    return "EXPLAIN ANALYZE";
  }

  /** H2 prints {@code scanCount: n}, the index entries it read. */
  @Override
  protected void assertReadAtMost(String plan, int rows) {
    Matcher count = Pattern.compile("scanCount: (\\d+)").matcher(plan);
    assertThat(count.find()).as(plan).isTrue();
    assertThat(Integer.parseInt(count.group(1))).as(plan).isBetween(1, rows);
  }
}
