package com.metalogics.booking.app;

import com.metalogics.booking.core.port.in.SyncBookings;
import com.metalogics.booking.core.port.in.SyncReport;
import com.metalogics.booking.core.port.out.HealthStatus;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the due effects of booking changes from one background thread, a run every interval. A run
 * claims batch after batch until a batch is not full (at most {@link #MAX_BATCHES_PER_RUN}). The
 * claims in the database keep several instances from mirroring the same booking, so each instance
 * runs its own worker.
 *
 * <p>Readiness: UP while scheduled and the last run did not throw; DEGRADED when it threw (usually
 * the database, which readiness reports on its own; the instance still serves bookings, so a failed
 * background run must not take it out of the load balancer); DOWN once stopped, as the instance is
 * then shutting down.
 */
final class SyncWorker implements AutoCloseable {

  /**
   * Bounds one run: 200 batches of 50 is 10,000 effects, which the worker runs at 50 or more a
   * second; the rest waits for the next run.
   */
  static final int MAX_BATCHES_PER_RUN = 200;

  /** How long a stop waits for a run in flight, before and again after interrupting it. */
  static final Duration DEFAULT_STOP_WAIT = Duration.ofSeconds(5);

  private static final Logger LOG = LoggerFactory.getLogger(SyncWorker.class);

  private final SyncBookings sync;
  private final Duration interval;
  private final int batchSize;
  private final Duration stopWait;
  private final SyncMetrics metrics;
  private final ScheduledExecutorService scheduler;
  private volatile boolean started;
  private volatile boolean stopping;
  private volatile boolean lastRunFailed;

  SyncWorker(
      SyncBookings sync, Duration interval, int batchSize, Duration stopWait, SyncMetrics metrics) {
    this.sync = sync;
    this.interval = interval;
    this.batchSize = batchSize;
    this.stopWait = stopWait;
    this.metrics = metrics;
    this.scheduler =
        Executors.newSingleThreadScheduledExecutor(
            task -> {
              Thread thread = new Thread(task, "booking-sync-worker");
              thread.setDaemon(true);
              return thread;
            });
  }

  void start() {
    long millis = interval.toMillis();
    scheduler.scheduleWithFixedDelay(this::runOnce, millis, millis, TimeUnit.MILLISECONDS);
    started = true;
  }

  /** One run; never throws, because an escaping exception would cancel the schedule. */
  SyncReport runOnce() {
    int attempted = 0;
    int completed = 0;
    int pending = 0;
    int effects = 0;
    try {
      for (int batch = 0; batch < MAX_BATCHES_PER_RUN && !stopping; batch++) {
        SyncReport report = sync.syncDue();
        attempted += report.attempted();
        completed += report.completed();
        pending += report.stillPending();
        effects += report.effects();
        if (report.effects() < batchSize) {
          break;
        }
      }
      lastRunFailed = false;
      SyncReport total = new SyncReport(attempted, completed, pending, effects);
      metrics.runSucceeded(total);
      if (attempted > 0) {
        LOG.info(
            "Sync run: {} effects of {} bookings, {} completed, {} still pending",
            effects,
            attempted,
            completed,
            pending);
      }
      return total;
    } catch (RuntimeException e) {
      lastRunFailed = true;
      SyncReport partial = new SyncReport(attempted, completed, pending, effects);
      metrics.runFailed(partial, e);
      LOG.warn("Sync run failed; retrying in {} s", interval.toSeconds(), e);
      return partial;
    }
  }

  HealthStatus health() {
    if (!started || scheduler.isShutdown()) {
      return HealthStatus.DOWN;
    }
    return lastRunFailed ? HealthStatus.DEGRADED : HealthStatus.UP;
  }

  /**
   * Starts no new run and lets the one in flight end its current booking: it is waited for, then
   * interrupted (the core then starts no further attempt), then waited for again, each time at most
   * the stop wait. A booking left claimed is picked up once its lease lapses.
   */
  @Override
  public void close() {
    stopping = true;
    scheduler.shutdown();
    try {
      if (!scheduler.awaitTermination(stopWait.toMillis(), TimeUnit.MILLISECONDS)) {
        scheduler.shutdownNow();
        if (!scheduler.awaitTermination(stopWait.toMillis(), TimeUnit.MILLISECONDS)) {
          LOG.warn("Sync run still in flight after stop; its bookings are retried later");
        }
      }
    } catch (InterruptedException e) {
      scheduler.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }
}
