package com.metalogics.booking.app;

import com.metalogics.booking.core.port.in.SyncReport;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.TimeGauge;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The sync worker's state in Micrometer: runs by outcome, bookings synced and still failing, the
 * last run's time, pending count and whether it threw, and the backlog of bookings needing sync.
 */
final class SyncMetrics {

  static final String RUNS = "booking.sync.runs";
  static final String BOOKINGS = "booking.sync.bookings";
  static final String LAST_RUN_TIME = "booking.sync.last.run.time";
  static final String LAST_RUN_PENDING = "booking.sync.last.run.pending";
  static final String LAST_RUN_FAILED = "booking.sync.last.run.failed";
  static final String BACKLOG = "booking.sync.backlog";
  static final String RUN_ERRORS = "booking.sync.run.errors";

  private final MeterRegistry registry;
  private final Clock clock;
  private final Counter succeededRuns;
  private final Counter failedRuns;
  private final Counter synced;
  private final Counter stillFailing;
  private final AtomicLong lastRunEpochMillis = new AtomicLong();
  private final AtomicInteger lastRunPending = new AtomicInteger();
  private final AtomicInteger lastRunFailed = new AtomicInteger();
  private final SyncBacklog backlog;

  /**
   * @param backlog counts the bookings needing sync; it is asked at most once per its refresh
   *     period, and again after a run that did something
   */
  SyncMetrics(MeterRegistry registry, Clock clock, SyncBacklog backlog) {
    this.registry = registry;
    this.clock = clock;
    this.backlog = backlog;
    this.succeededRuns = runs(registry, "success");
    this.failedRuns = runs(registry, "failure");
    this.synced = bookings(registry, "synced");
    this.stillFailing = bookings(registry, "failed");
    TimeGauge.builder(LAST_RUN_TIME, lastRunEpochMillis, TimeUnit.MILLISECONDS, AtomicLong::get)
        .description("When the last sync run ended (epoch); 0 before the first")
        .register(registry);
    Gauge.builder(LAST_RUN_PENDING, lastRunPending, AtomicInteger::get)
        .description("Bookings the last sync run attempted or claimed but did not complete")
        .register(registry);
    Gauge.builder(LAST_RUN_FAILED, lastRunFailed, AtomicInteger::get)
        .description("1 when the last sync run threw (see the log), else 0")
        .register(registry);
    Gauge.builder(BACKLOG, backlog, b -> b.count())
        .description("Bookings that a switched-on integration does not show yet")
        .register(registry);
  }

  void runSucceeded(SyncReport report) {
    succeededRuns.increment();
    ended(report, 0);
  }

  /** Counts the failure by exception type too: the metrics' view of "the last error". */
  void runFailed(SyncReport partial, RuntimeException error) {
    failedRuns.increment();
    Counter.builder(RUN_ERRORS)
        .description("Failed sync runs by exception type; the log has the message")
        .tag("exception", error.getClass().getSimpleName())
        .register(registry)
        .increment();
    ended(partial, 1);
  }

  private void ended(SyncReport report, int failed) {
    synced.increment(report.completed());
    stillFailing.increment(report.attempted() - report.completed());
    lastRunPending.set(report.stillPending());
    lastRunFailed.set(failed);
    lastRunEpochMillis.set(clock.millis());
    if (report.attempted() > 0) {
      backlog.invalidate();
    }
  }

  private static Counter runs(MeterRegistry registry, String outcome) {
    return Counter.builder(RUNS)
        .description("Sync worker runs by outcome")
        .tag("outcome", outcome)
        .register(registry);
  }

  private static Counter bookings(MeterRegistry registry, String result) {
    return Counter.builder(BOOKINGS)
        .description("Booking sync attempts by the worker, by result")
        .tag("result", result)
        .register(registry);
  }
}
