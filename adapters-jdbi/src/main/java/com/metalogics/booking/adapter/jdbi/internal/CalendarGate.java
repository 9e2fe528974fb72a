package com.metalogics.booking.adapter.jdbi.internal;

import com.metalogics.booking.core.domain.StorageUnavailableException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * This process's queue in front of the {@code calendar} lock row. The row stays the one point that
 * serialises calendar writes across every process sharing the database; the gate only makes this
 * process's writers wait for each other in memory, in arrival order, before they borrow a pooled
 * connection. Without it, writers blocked on the row held most of the pool, so the short reads
 * every booking makes first (limit override, recent count, mirror write) queued behind them.
 */
final class CalendarGate {

  private final ReentrantLock lock = new ReentrantLock(true);
  private final long timeoutMillis;

  /**
   * @param timeout how long a writer waits for its turn before storage counts as unavailable, as it
   *     would waiting for a pooled connection
   */
  CalendarGate(Duration timeout) {
    this.timeoutMillis = timeout.toMillis();
  }

  <T> T through(Supplier<T> work) {
    boolean entered;
    try {
      entered = lock.tryLock(timeoutMillis, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StorageUnavailableException("Interrupted while waiting for the calendar", e);
    }
    if (!entered) {
      throw new StorageUnavailableException("The booking database is too busy", null);
    }
    try {
      return work.get();
    } finally {
      lock.unlock();
    }
  }
}
