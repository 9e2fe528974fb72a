package com.metalogics.booking.benchmarks;

import com.metalogics.booking.adapter.jdbi.JdbiStorage;
import com.metalogics.booking.adapter.jdbi.StorageConfig;
import com.metalogics.booking.core.application.BookingEngine;
import com.metalogics.booking.core.domain.Assignment;
import com.metalogics.booking.core.domain.BookingLimits;
import com.metalogics.booking.core.domain.BookingRules;
import com.metalogics.booking.core.domain.EmailFrequencyLimit;
import com.metalogics.booking.core.domain.EventType;
import com.metalogics.booking.core.domain.Host;
import com.metalogics.booking.core.domain.Schedule;
import com.metalogics.booking.core.domain.TimeRange;
import com.metalogics.booking.core.port.in.BookMeetingCommand;
import com.metalogics.booking.core.port.in.ManageCatalog;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The round-robin fairness guarantee on a real run (issue 15): two engines, each on its own
 * connection pool, on one embedded PostgreSQL, {@code threads} threads booking {@code bookings}
 * meetings of a round-robin type of {@code hosts} hosts, every host always free (each booking its
 * own 5-minute slot). Logs each host's count and the spread, and exits with 1 when the spread is
 * above one. {@code benchmarks/pool-fairness.sh} runs it with 64 threads and 5,000 bookings into
 * five hosts.
 */
public final class PoolFairnessRun {

  private static final Logger LOG = LoggerFactory.getLogger(PoolFairnessRun.class);
  private static final byte[] SECRET =
      "pool-fairness-run-manage-token-secret-of-32-bytes".getBytes(StandardCharsets.UTF_8);
  private static final Duration SLOT = Duration.ofMinutes(5);

  private PoolFairnessRun() {}

  /** {@code <bookings> <threads> <hosts>}. */
  public static void main(String[] args) throws Exception {
    int bookings = Integer.parseInt(args[0]);
    int threads = Integer.parseInt(args[1]);
    int hosts = Integer.parseInt(args[2]);
    Path data = Files.createTempDirectory("pool-fairness");
    try (EmbeddedPostgres postgres =
        EmbeddedPostgres.builder()
            .setDataDirectory(data)
            .setCleanDataDirectory(true)
            .setServerConfig("max_connections", String.valueOf(2 * threads + 20))
            .start()) {
      StorageConfig config =
          StorageConfig.of(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "")
              .withMaxPoolSize(threads / 2);
      try (JdbiStorage first = JdbiStorage.open(config);
          JdbiStorage second = JdbiStorage.open(config)) {
        List<BookingEngine> engines = List.of(engine(first), engine(second));
        setUp(engines.get(0).manageCatalog(), hosts);
        long started = System.nanoTime();
        Map<String, Integer> counts = run(engines, bookings, threads);
        long millis = (System.nanoTime() - started) / 1_000_000;
        int spread =
            counts.values().stream().mapToInt(Integer::intValue).max().orElse(0)
                - counts.values().stream().mapToInt(Integer::intValue).min().orElse(0);
        LOG.info(
            "{} bookings on {} threads in {} ms; per host {}; spread {}",
            bookings,
            threads,
            millis,
            counts,
            spread);
        if (spread > 1 || counts.size() != hosts) {
          System.exit(1);
        }
      }
    }
  }

  private static BookingEngine engine(JdbiStorage storage) {
    return BookingEngine.builder()
        .repository(storage.repository())
        .catalog(storage.catalog())
        .rules(BookingRules.defaults())
        .clock(Clock.systemUTC())
        .manageTokenSecret(SECRET)
        .build();
  }

  private static void setUp(ManageCatalog catalog, int hosts) {
    Schedule allDay =
        Schedule.uniform(
            "all-day",
            "All day",
            ZoneOffset.UTC,
            EnumSet.allOf(DayOfWeek.class),
            List.of(new TimeRange(0, TimeRange.END_OF_DAY)));
    catalog.saveSchedule(allDay, OptionalLong.empty(), "pool-fairness");
    List<String> ids = new ArrayList<>();
    for (int i = 1; i <= hosts; i++) {
      String id = "host-" + i;
      catalog.saveHost(
          new Host(
              id,
              "Host " + i,
              id + "@example.com",
              ZoneOffset.UTC,
              "all-day",
              Optional.empty(),
              true,
              1,
              0),
          OptionalLong.empty(),
          "pool-fairness");
      ids.add(id);
    }
    catalog.saveEventType(
        new EventType(
            "pool",
            "Pool",
            "",
            "",
            List.of(SLOT),
            SLOT,
            Optional.empty(),
            Duration.ZERO,
            Duration.ZERO,
            Duration.ZERO,
            3650,
            BookingLimits.none(),
            Optional.of(new EmailFrequencyLimit(1_000_000, 1)),
            Assignment.ROUND_ROBIN,
            ids,
            Optional.empty(),
            true),
        OptionalLong.empty(),
        "pool-fairness");
  }

  private static Map<String, Integer> run(List<BookingEngine> engines, int bookings, int threads)
      throws Exception {
    Instant first =
        LocalDate.now(ZoneOffset.UTC).plusDays(2).atStartOfDay(ZoneOffset.UTC).toInstant();
    AtomicInteger next = new AtomicInteger();
    Map<String, Integer> counts = new TreeMap<>();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> workers = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        BookingEngine engine = engines.get(t % engines.size());
        workers.add(
            pool.submit(
                () -> {
                  for (int i = next.getAndIncrement(); i < bookings; i = next.getAndIncrement()) {
                    Instant start =
                        first.plus(SLOT.multipliedBy(i)).truncatedTo(ChronoUnit.MINUTES);
                    String host =
                        engine
                            .bookMeeting()
                            .handle(
                                BookMeetingCommand.of(
                                        "Pool Run", "pool-" + i + "@example.com", start, 5)
                                    .withEventType("pool"))
                            .booking()
                            .placement()
                            .hostId();
                    synchronized (counts) {
                      counts.merge(host, 1, Integer::sum);
                    }
                  }
                  return null;
                }));
      }
      for (Future<?> worker : workers) {
        worker.get();
      }
    } finally {
      pool.shutdownNow();
    }
    return counts;
  }
}
