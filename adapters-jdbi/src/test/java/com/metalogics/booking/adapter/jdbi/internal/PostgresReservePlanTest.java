package com.metalogics.booking.adapter.jdbi.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.metalogics.booking.adapter.jdbi.PostgresServer;
import com.metalogics.booking.adapter.jdbi.StorageConfig;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

class PostgresReservePlanTest extends ReservePlanContract {

  @Override
  protected StorageConfig freshDatabase() {
    return PostgresServer.freshDatabase();
  }

  @Override
  protected Dialect dialect() {
    return Dialect.POSTGRESQL;
  }

  @Override
  protected String explainAnalyze() {
    return "EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF)";
  }

  /**
   * PostgreSQL prints each scan's {@code rows=n} and the rows its filter removed; both count as
   * read. The scan must search by the range, not by the host alone.
   */
  @Override
  protected void assertReadAtMost(String plan, int rows) {
    assertThat(plan).as(plan).contains("&&");
    Matcher scanned = Pattern.compile("actual rows=(\\d+)").matcher(plan);
    int read = 0;
    while (scanned.find()) {
      read = Math.max(read, Integer.parseInt(scanned.group(1)));
    }
    Matcher removed =
        Pattern.compile("Rows Removed by (?:Index Recheck|Filter): (\\d+)").matcher(plan);
    while (removed.find()) {
      read += Integer.parseInt(removed.group(1));
    }
    assertThat(read).as(plan).isLessThanOrEqualTo(rows);
  }

  /** Every scan's rows and the rows its filter removed, summed. */
  @Override
  protected void assertLoadsReadAtMost(String plan, int rows) {
    assertThat(plan).as(plan).contains("bookings_type_status_created_idx");
    int read = 0;
    for (String line : plan.split("\n")) {
      Matcher scanned = Pattern.compile("Scan.*actual rows=(\\d+)").matcher(line);
      if (scanned.find()) {
        read += Integer.parseInt(scanned.group(1));
      }
      Matcher removed =
          Pattern.compile("Rows Removed by (?:Index Recheck|Filter): (\\d+)").matcher(line);
      if (removed.find()) {
        read += Integer.parseInt(removed.group(1));
      }
    }
    assertThat(read).as(plan).isBetween(1, rows);
  }
}
