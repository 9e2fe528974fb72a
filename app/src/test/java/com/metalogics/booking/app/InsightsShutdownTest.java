package com.metalogics.booking.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.metalogics.booking.adapter.jdbi.JdbiStorage;
import com.metalogics.booking.adapter.jdbi.StorageConfig;
import com.metalogics.booking.core.port.out.InsightsData.DayFigures;
import com.metalogics.booking.core.port.out.InsightsFilter;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A SIGTERM adds the traffic counted since the last flush to the database file: H2 closes its
 * database in a shutdown hook of its own, which raced the service's stop and lost those counts.
 */
class InsightsShutdownTest {

  @TempDir Path dir;

  @Test
  void gracefulStop_flushesTheTrafficCountedSinceTheLastFlush() throws Exception {
    String url = "jdbc:h2:file:" + dir.resolve("booking");
    // No scheduled flush within the test: only the stop's flush can write the count.
    Map<String, String> env = Map.of("DATABASE_URL", url, "INSIGHTS_FLUSH_SECONDS", "3600");
    try (ServiceProcess service = ServiceProcess.startMain(env)) {
      // Not kept open: the stop then waits for no connection, as when a browser has gone.
      HttpURLConnection page =
          (HttpURLConnection) new URL("http://127.0.0.1:" + service.port() + "/").openConnection();
      page.setRequestProperty("Connection", "close");
      assertThat(page.getResponseCode()).isEqualTo(200);
      page.getInputStream().readAllBytes();
      page.disconnect();
      assertThat(service.terminate(Duration.ofSeconds(30))).isEqualTo(OptionalInt.of(143));
    }

    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    try (JdbiStorage storage = JdbiStorage.open(StorageConfig.of(url, "", ""))) {
      assertThat(
              storage
                  .insights()
                  .read(
                      new InsightsFilter(
                          today.minusDays(1),
                          today.plusDays(1),
                          Optional.empty(),
                          Optional.empty()))
                  .days()
                  .stream()
                  .mapToLong(DayFigures::views)
                  .sum())
          .isEqualTo(1);
    }
  }
}
