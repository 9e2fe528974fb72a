package com.metalogics.booking.core.application;

import com.metalogics.booking.core.domain.Booking;
import com.metalogics.booking.core.domain.Effect;
import com.metalogics.booking.core.domain.EffectKind;
import com.metalogics.booking.core.port.out.EffectHandler;
import com.metalogics.booking.core.port.out.EffectOutcome;
import com.metalogics.booking.core.port.out.RetrySchedule;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * An {@link EffectHandler} for tests: records what it ran and what gave up, answers what it is
 * told, and counts how many runs overlapped.
 */
final class RecordingHandler implements EffectHandler {

  private final EffectKind kind;
  private final int concurrency;
  private final List<Effect> ran = new ArrayList<>();
  private final List<Effect> gaveUp = new ArrayList<>();
  private final AtomicInteger inFlight = new AtomicInteger();
  private final AtomicInteger maxInFlight = new AtomicInteger();
  private volatile Runnable onRun = () -> {};
  private volatile Function<Effect, EffectOutcome> answer = e -> EffectOutcome.done("ref");
  private volatile RetrySchedule schedule =
      RetrySchedule.byAttempts(Duration.ofSeconds(30), Duration.ofMinutes(10), 0, 3);

  RecordingHandler(EffectKind kind, int concurrency) {
    this.kind = kind;
    this.concurrency = concurrency;
  }

  void onRun(Runnable action) {
    this.onRun = action;
  }

  void answer(Function<Effect, EffectOutcome> answer) {
    this.answer = answer;
  }

  void schedule(RetrySchedule schedule) {
    this.schedule = schedule;
  }

  synchronized List<Effect> ran() {
    return List.copyOf(ran);
  }

  synchronized List<Effect> gaveUp() {
    return List.copyOf(gaveUp);
  }

  int maxInFlight() {
    return maxInFlight.get();
  }

  @Override
  public EffectKind kind() {
    return kind;
  }

  @Override
  public EffectOutcome run(Effect effect, Booking booking) {
    maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
    try {
      synchronized (this) {
        ran.add(effect);
      }
      onRun.run();
      return answer.apply(effect);
    } finally {
      inFlight.decrementAndGet();
    }
  }

  @Override
  public RetrySchedule retrySchedule() {
    return schedule;
  }

  @Override
  public int concurrency() {
    return concurrency;
  }

  @Override
  public synchronized void gaveUp(Effect failed, Booking booking) {
    gaveUp.add(failed);
  }
}
