package com.metalogics.booking.app;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Halts the process when the graceful stop does not finish in time. A stop can hang for good: after
 * the heap once ran out, Jetty's selector thread had died, its stop waited for that thread forever,
 * and {@code SIGTERM} left the process running. An orchestrator kills such a process after its
 * grace period; a plain {@code kill} never would.
 */
final class StopWatchdog {

  private final CountDownLatch finished = new CountDownLatch(1);
  private final Thread thread;

  private StopWatchdog(Duration limit, Runnable halt) {
    this.thread = new Thread(() -> haltUnlessFinished(limit, halt), "booking-stop-watchdog");
    thread.setDaemon(true);
  }

  /** Runs {@code halt} after {@code limit}, unless {@link #cancel()} comes first. */
  static StopWatchdog start(Duration limit, Runnable halt) {
    StopWatchdog watchdog = new StopWatchdog(limit, halt);
    watchdog.thread.start();
    return watchdog;
  }

  /** The stop finished: nothing will be halted. */
  void cancel() {
    finished.countDown();
  }

  private void haltUnlessFinished(Duration limit, Runnable halt) {
    try {
      if (finished.await(limit.toMillis(), TimeUnit.MILLISECONDS)) {
        return;
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt(); // nothing here interrupts it; leave the stop to itself
      return;
    }
    halt.run();
  }

  /** Waits until the watchdog has either halted or been cancelled; for tests. */
  void awaitEnd(Duration atMost) throws InterruptedException {
    thread.join(atMost.toMillis());
  }
}
