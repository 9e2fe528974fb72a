package com.metalogics.booking.core.application;

import com.metalogics.booking.core.domain.Booking;
import com.metalogics.booking.core.domain.Effect;
import com.metalogics.booking.core.domain.EffectKind;
import com.metalogics.booking.core.port.out.EffectOutcome;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The request path's part: runs the effects a change just wrote and that are due now, within the
 * request's budget. Everything but the attendee mail runs at once, in parallel; the mail follows,
 * so that it can say whether the calendar shows the meeting. The outcomes of each round are stored
 * together, with one write of the booking's summary. A call still running when the budget is spent
 * is stored as a failed attempt (the worker owns the effect from then on), and its late outcome is
 * stored when it arrives.
 */
final class InlineEffects {

  private final EffectRunner runner;
  private final OutageAlerts outages;
  private final Executor executor;
  private final Clock clock;
  private final EffectOutcome timedOut;

  /**
   * @param inlineGrace how long a timed-out call is left to finish before the worker may retry it
   */
  InlineEffects(
      EffectRunner runner,
      OutageAlerts outages,
      Executor executor,
      Clock clock,
      Duration inlineGrace) {
    this.runner = runner;
    this.outages = outages;
    this.executor = executor;
    this.clock = clock;
    this.timedOut = new EffectOutcome.RetryLater("timed out", Optional.of(inlineGrace));
  }

  /** The booking as stored after the runs. */
  Booking runAfterChange(Booking stored, List<Effect> written, Duration budget) {
    Instant now = clock.instant();
    List<Effect> first = new ArrayList<>(written.size());
    List<Effect> mails = new ArrayList<>(1);
    for (Effect effect : written) {
      if (!effect.dueAt().isAfter(now) && runner.handles(effect.kind())) {
        (effect.kind() == EffectKind.ATTENDEE_MAIL ? mails : first).add(effect);
      }
    }
    Map<EffectKind, EffectOutcome> outcomes = new EnumMap<>(EffectKind.class);
    Booking current = runAll(stored, first, budget, outcomes);
    outages.afterInlineRun(outcomes);
    return runAll(current, mails, budget, outcomes);
  }

  private Booking runAll(
      Booking booking, List<Effect> effects, Duration budget, Map<EffectKind, EffectOutcome> out) {
    List<CompletableFuture<EffectOutcome>> calls = new ArrayList<>(effects.size());
    for (Effect effect : effects) {
      calls.add(CompletableFuture.supplyAsync(() -> runner.call(effect, booking), executor));
    }
    long deadline = System.nanoTime() + budget.toNanos();
    List<EffectOutcome> outcomes = new ArrayList<>(effects.size());
    for (int i = 0; i < effects.size(); i++) {
      EffectOutcome outcome = await(calls.get(i), deadline).orElse(timedOut);
      out.put(effects.get(i).kind(), outcome);
      outcomes.add(outcome);
    }
    Booking current = runner.storeAll(booking, effects, outcomes).orElse(booking);
    // Registered after the timed-out outcome is stored, so that the late one is stored after it.
    for (int i = 0; i < effects.size(); i++) {
      Effect effect = effects.get(i);
      if (outcomes.get(i) == timedOut) {
        calls.get(i).thenAccept(late -> runner.store(effect, booking, late));
      }
    }
    return current;
  }

  /** The call's outcome, or empty when it is still running at the deadline. */
  private static Optional<EffectOutcome> await(
      CompletableFuture<EffectOutcome> call, long deadline) {
    try {
      return Optional.of(call.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS));
    } catch (TimeoutException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    } catch (ExecutionException e) {
      return Optional.of(EffectOutcome.retryLater("failed: " + e.getCause()));
    }
  }
}
