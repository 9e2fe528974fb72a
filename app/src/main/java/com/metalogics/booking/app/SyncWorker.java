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
 * Runs the sync of flagged bookings every interval on one background thread. Claims in the database
 * keep several instances from mirroring the same booking, so each runs its own worker.
 */
final class SyncWorker implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(SyncWorker.class);

  private final SyncBookings sync;
  private final Duration interval;
  private final ScheduledExecutorService scheduler;

  SyncWorker(SyncBookings sync, Duration interval) {
    this.sync = sync;
    this.interval = interval;
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
  }

  /** One pass; never throws, because an escaping exception would cancel the schedule. */
  void runOnce() {
    try {
      SyncReport report = sync.syncDue();
      if (report.attempted() > 0) {
        LOG.info(
            "Sync run: {} attempted, {} completed, {} still pending",
            report.attempted(),
            report.completed(),
            report.stillPending());
      }
    } catch (RuntimeException e) {
      LOG.warn("Sync run failed; retrying in {} s", interval.toSeconds(), e);
    }
  }

  HealthStatus health() {
    return scheduler.isShutdown() ? HealthStatus.DOWN : HealthStatus.UP;
  }

  /** Lets a running pass finish (bounded), then stops. */
  @Override
  public void close() {
    scheduler.shutdown();
    try {
      if (!scheduler.awaitTermination(10, TimeUnit.SECONDS)) {
        scheduler.shutdownNow();
      }
    } catch (InterruptedException e) {
      scheduler.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }
}
