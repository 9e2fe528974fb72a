package com.metalogics.booking.adapter.google.fake;

import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Tells the fake Calendar API to fail: the next few requests, or every request until cleared.
 * One-shot faults are used first. Token requests are never affected (see refuseTokens).
 */
public final class FaultSwitch {

  /** A slow answer is held at most this long, so a forgotten release cannot hang a build. */
  private static final long MAX_HOLD_SECONDS = 20;

  private final ConcurrentLinkedQueue<Fault> oneShot = new ConcurrentLinkedQueue<>();
  private volatile Fault always;
  private volatile CountDownLatch slowRelease = new CountDownLatch(1);
  private final AtomicInteger held = new AtomicInteger();

  /** The next {@code times} Calendar API requests fail with {@code fault}. */
  public FaultSwitch failNext(int times, Fault fault) {
    for (int i = 0; i < times; i++) {
      oneShot.add(fault);
    }
    return this;
  }

  /** Every Calendar API request fails with {@code fault} until {@link #clear()}. */
  public FaultSwitch failAlways(Fault fault) {
    always = fault;
    return this;
  }

  /** Back to answering well; held slow answers are let go. */
  public void clear() {
    oneShot.clear();
    always = null;
    releaseSlow();
  }

  /** Lets every held slow answer go on; later slow faults are held again. */
  public void releaseSlow() {
    CountDownLatch held = slowRelease;
    slowRelease = new CountDownLatch(1);
    held.countDown();
  }

  Optional<Fault> next() {
    Fault fault = oneShot.poll();
    return Optional.ofNullable(fault != null ? fault : always);
  }

  /** Slow answers being held right now. */
  public int held() {
    return held.get();
  }

  void awaitRelease() {
    CountDownLatch release = slowRelease;
    held.incrementAndGet();
    try {
      release.await(MAX_HOLD_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      held.decrementAndGet();
    }
  }
}
