package com.metalogics.booking.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.metalogics.booking.core.contract.MutableClock;
import com.metalogics.booking.core.port.in.SyncBookings;
import com.metalogics.booking.core.port.in.SyncOutcome;
import com.metalogics.booking.core.port.in.SyncReport;
import com.metalogics.booking.core.port.out.HealthStatus;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class SyncWorkerTest {

  private static final int BATCH = 3;

  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private final AtomicInteger backlog = new AtomicInteger();
  private final MutableClock clock = new MutableClock(Instant.parse("2030-01-07T15:00:00Z"));

  private SyncWorker worker(SyncBookings sync, Duration interval) {
    return new SyncWorker(
        sync,
        interval,
        BATCH,
        Duration.ofMillis(100),
        new SyncMetrics(registry, clock, new SyncBacklog(backlog::get, Duration.ofHours(1))));
  }

  private static SyncBookings syncing(Supplier<SyncReport> run) {
    return new SyncBookings() {
      @Override
      public SyncOutcome syncOne(UUID bookingId) {
        throw new UnsupportedOperationException();
      }

      @Override
      public SyncReport syncDue() {
        return run.get();
      }
    };
  }

  private double gauge(String name) {
    return registry.get(name).gauge().value();
  }

  @Test
  void givenFullBatches_oneRunClaimsAgain_untilABatchIsNotFull() {
    Deque<SyncReport> reports =
        new ArrayDeque<>(
            List.of(
                new SyncReport(3, 3, 0),
                new SyncReport(3, 2, 1),
                new SyncReport(1, 1, 0),
                new SyncReport(3, 3, 0)));
    SyncWorker worker = worker(syncing(reports::pop), Duration.ofHours(1));

    SyncReport run = worker.runOnce();

    assertThat(run).isEqualTo(new SyncReport(7, 6, 1));
    assertThat(reports).hasSize(1);
    assertThat(registry.get(SyncMetrics.BOOKINGS).tag("result", "synced").counter().count())
        .isEqualTo(6);
    assertThat(registry.get(SyncMetrics.BOOKINGS).tag("result", "failed").counter().count())
        .isEqualTo(1);
    assertThat(gauge(SyncMetrics.LAST_RUN_PENDING)).isEqualTo(1);
    assertThat(registry.get(SyncMetrics.LAST_RUN_TIME).timeGauge().value(TimeUnit.MILLISECONDS))
        .isEqualTo(clock.millis());
  }

  @Test
  void givenEndlesslyFullBatches_aRunIsBounded() {
    AtomicInteger batches = new AtomicInteger();
    SyncWorker worker =
        worker(
            syncing(
                () -> {
                  batches.incrementAndGet();
                  return new SyncReport(BATCH, BATCH, 0);
                }),
            Duration.ofHours(1));

    worker.runOnce();

    assertThat(batches).hasValue(SyncWorker.MAX_BATCHES_PER_RUN);
  }

  @Test
  void givenFailingRuns_workerKeepsRunningOnSchedule_countsThem_andStopsOnClose() throws Exception {
    CountDownLatch threeRuns = new CountDownLatch(3);
    AtomicInteger runs = new AtomicInteger();
    SyncWorker worker =
        worker(
            syncing(
                () -> {
                  runs.incrementAndGet();
                  threeRuns.countDown();
                  throw new IllegalStateException("database down");
                }),
            Duration.ofMillis(5));
    assertThat(worker.health()).as("not started").isEqualTo(HealthStatus.DOWN);

    worker.start();
    assertThat(threeRuns.await(10, TimeUnit.SECONDS)).isTrue();
    worker.close();
    int afterClose = runs.get();
    assertThat(gauge(SyncMetrics.LAST_RUN_FAILED)).isEqualTo(1);
    assertThat(registry.get(SyncMetrics.RUNS).tag("outcome", "failure").counter().count())
        .isGreaterThanOrEqualTo(3);
    assertThat(
            registry
                .get(SyncMetrics.RUN_ERRORS)
                .tag("exception", "IllegalStateException")
                .counter()
                .count())
        .isGreaterThanOrEqualTo(3);

    assertThat(worker.health()).isEqualTo(HealthStatus.DOWN);
    worker.runOnce();
    assertThat(runs.get()).as("a stopped worker starts no batch").isEqualTo(afterClose);
  }

  @Test
  void givenARunThatSucceedsAfterAFailure_healthIsUpAgain() {
    AtomicInteger calls = new AtomicInteger();
    SyncWorker worker =
        worker(
            syncing(
                () -> {
                  if (calls.incrementAndGet() == 1) {
                    throw new IllegalStateException("database down");
                  }
                  return new SyncReport(0, 0, 0);
                }),
            Duration.ofHours(1));
    worker.start();

    worker.runOnce();
    assertThat(worker.health()).isEqualTo(HealthStatus.DEGRADED);
    worker.runOnce();

    assertThat(worker.health()).isEqualTo(HealthStatus.UP);
    assertThat(gauge(SyncMetrics.LAST_RUN_FAILED)).isZero();
    worker.close();
  }

  @Test
  void givenARunInFlight_closeInterruptsIt_andReturnsWithinTheBound() throws Exception {
    CountDownLatch running = new CountDownLatch(1);
    CountDownLatch interrupted = new CountDownLatch(1);
    CountDownLatch never = new CountDownLatch(1);
    SyncWorker worker =
        worker(
            syncing(
                () -> {
                  running.countDown();
                  try {
                    never.await(1, TimeUnit.MINUTES);
                  } catch (InterruptedException e) {
                    interrupted.countDown();
                    Thread.currentThread().interrupt();
                  }
                  return new SyncReport(0, 0, 0);
                }),
            Duration.ofMillis(1));
    worker.start();
    assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();

    worker.close();

    assertThat(interrupted.getCount()).isZero();
    assertThat(worker.health()).isEqualTo(HealthStatus.DOWN);
  }

  @Test
  void backlogGauge_asksStorageOncePerPeriod_andAgainAfterARunThatDidSomething() {
    backlog.set(200);
    SyncWorker worker =
        worker(
            syncing(
                () -> {
                  backlog.set(0);
                  return new SyncReport(2, 2, 0);
                }),
            Duration.ofHours(1));

    assertThat(gauge(SyncMetrics.BACKLOG)).isEqualTo(200);
    backlog.set(150);
    assertThat(gauge(SyncMetrics.BACKLOG)).as("cached within the period").isEqualTo(200);
    worker.runOnce();
    assertThat(gauge(SyncMetrics.BACKLOG)).isZero();
  }
}
