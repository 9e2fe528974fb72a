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

  /**
   * The {@code scanCount} of each table's index scan, summed: the one printed after an index's
   * conditions, not the derived table's.
   */
  @Override
  protected void assertLoadsReadAtMost(String plan, int rows) {
    assertThat(plan).as(plan).contains("USE INDEX (BOOKINGS_TYPE_STATUS_CREATED_IDX)");
    Matcher count =
        Pattern.compile("/\\* PUBLIC\\.\\w+: [^*]*\\*/\\s*/\\* scanCount: (\\d+) \\*/")
            .matcher(plan);
    int scans = 0;
    int read = 0;
    while (count.find()) {
      scans++;
      read += Integer.parseInt(count.group(1));
    }
    assertThat(scans).as(plan).isEqualTo(2);
    assertThat(read).as(plan).isBetween(1, rows);
  }
}
