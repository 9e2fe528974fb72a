package com.metalogics.booking.core.inmemory;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Lets a test (or an embedder's demo) make an in-memory adapter fail or hang, the way a real remote
 * service does. Thread-safe.
 */
public final class FailureSwitch {

  private static final long MAX_HANG_SECONDS = 60;

  private Supplier<? extends RuntimeException> failure;
  private int remainingFailures;
  private CountDownLatch hang;

  /** Every call fails with a fresh exception from {@code failure} until {@link #recover()}. */
  public synchronized void failWith(Supplier<? extends RuntimeException> failure) {
    this.failure = failure;
    this.remainingFailures = Integer.MAX_VALUE;
  }

  /** The next {@code times} calls fail, then calls succeed again. */
  public synchronized void failNext(int times, Supplier<? extends RuntimeException> failure) {
    this.failure = failure;
    this.remainingFailures = times;
  }

  /** Calls block until {@link #recover()} (at most a minute, as a safety net for tests). */
  public synchronized void hang() {
    if (hang == null) {
      hang = new CountDownLatch(1);
    }
  }

  public synchronized void recover() {
    failure = null;
    remainingFailures = 0;
    if (hang != null) {
      hang.countDown();
      hang = null;
    }
  }

  /** Called by the adapter at the start of every operation. */
  public void check() {
    CountDownLatch latch;
    RuntimeException toThrow = null;
    synchronized (this) {
      latch = hang;
      if (failure != null && remainingFailures > 0) {
        remainingFailures--;
        toThrow = failure.get();
        if (remainingFailures == 0) {
          failure = null;
        }
      }
    }
    if (latch != null) {
      awaitQuietly(latch);
    }
    if (toThrow != null) {
      throw toThrow;
    }
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await(MAX_HANG_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
