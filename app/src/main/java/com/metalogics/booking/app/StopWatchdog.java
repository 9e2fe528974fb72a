package com.metalogics.booking.app;

import java.time.Duration;

/**
 * Halts the process when the graceful stop does not finish in time. A stop can hang for good: after
 * the heap once ran out, Jetty's selector thread had died, its stop waited for that thread forever,
 * and {@code SIGTERM} left the process running. An orchestrator kills such a process after its
 * grace period; a plain {@code kill} never would.
 */
final class StopWatchdog {

  private final Thread thread;

  private StopWatchdog(Thread thread) {
    this.thread = thread;
  }

  /** Runs {@code halt} after {@code limit}, unless {@link #cancel()} comes first. */
  static StopWatchdog start(Duration limit, Runnable halt) {
    Thread thread =
        new Thread(
            () -> {
              try {
                Thread.sleep(limit.toMillis());
              } catch (InterruptedException e) {
                return; // the stop finished in time
              }
              halt.run();
            },
            "booking-stop-watchdog");
    thread.setDaemon(true);
    thread.start();
    return new StopWatchdog(thread);
  }

  /** The stop finished: nothing will be halted. */
  void cancel() {
    thread.interrupt();
  }

  /** Waits until the watchdog has either halted or been cancelled; for tests. */
  void awaitEnd(Duration atMost) throws InterruptedException {
    thread.join(atMost.toMillis());
  }
}
