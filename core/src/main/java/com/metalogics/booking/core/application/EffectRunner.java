package com.metalogics.booking.core.application;

import com.metalogics.booking.core.domain.Booking;
import com.metalogics.booking.core.domain.Effect;
import com.metalogics.booking.core.domain.EffectKind;
import com.metalogics.booking.core.domain.EffectState;
import com.metalogics.booking.core.port.out.BookingRepository;
import com.metalogics.booking.core.port.out.EffectHandler;
import com.metalogics.booking.core.port.out.EffectOutcome;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * Runs one effect through its handler and stores the outcome: done, retried on the handler's
 * schedule, or given up (then the handler hears of it once). Calling and storing are apart so that
 * the request path can wait for the call within its budget and store whatever came first.
 */
final class EffectRunner {

  private static final System.Logger LOG = System.getLogger(EffectRunner.class.getName());

  private final BookingRepository repository;
  private final EffectHandlers handlers;
  private final Clock clock;
  private final DoubleSupplier random;

  EffectRunner(
      BookingRepository repository, EffectHandlers handlers, Clock clock, DoubleSupplier random) {
    this.repository = repository;
    this.handlers = handlers;
    this.clock = clock;
    this.random = random;
  }

  boolean handles(EffectKind kind) {
    return handlers.handles(kind);
  }

  /**
   * The effect as stored after a run, its booking as the run found it, and after the write (empty
   * if unknown).
   */
  record Ran(Effect effect, Optional<Booking> before, Optional<Booking> booking) {}

  /** Calls the handler and stores the outcome. */
  Ran run(Effect effect) {
    return repository
        .findById(effect.bookingId())
        .map(booking -> run(effect, booking))
        .orElseGet(() -> new Ran(effect, Optional.empty(), Optional.empty()));
  }

  Ran run(Effect effect, Booking booking) {
    if (superseded(effect, booking)) {
      Effect cancelled = effect.cancelled(clock.instant());
      return new Ran(cancelled, Optional.of(booking), repository.storeOutcome(cancelled));
    }
    return store(effect, booking, call(effect, booking));
  }

  /** A newer revision's effect of the same kind serves an older one's. */
  static boolean superseded(Effect effect, Booking booking) {
    return effect.kind().revisionScoped() && effect.revision() < booking.revision();
  }

  /** Never throws: a failing handler is an outcome to retry. */
  EffectOutcome call(Effect effect, Booking booking) {
    try {
      return handlers.of(effect.kind()).run(effect, booking);
    } catch (RuntimeException e) {
      LOG.log(
          Level.WARNING,
          "{0} effect of booking {1} failed: {2}",
          effect.kind(),
          booking.id(),
          describe(e));
      return EffectOutcome.retryLater(describe(e));
    }
  }

  /** Stores the outcome of one attempt. */
  Ran store(Effect effect, Booking booking, EffectOutcome outcome) {
    Effect after = apply(effect, outcome);
    return new Ran(after, Optional.of(booking), written(booking, List.of(after)));
  }

  /**
   * Stores the outcomes of runs of effects of one booking together (the i-th outcome is the i-th
   * effect's): one write of the booking's summary instead of one per effect.
   *
   * @return the booking after the write; empty if unknown
   */
  Optional<Booking> storeAll(Booking booking, List<Effect> effects, List<EffectOutcome> outcomes) {
    if (effects.isEmpty()) {
      return Optional.empty();
    }
    List<Effect> after = new ArrayList<>(effects.size());
    for (int i = 0; i < effects.size(); i++) {
      after.add(apply(effects.get(i), outcomes.get(i)));
    }
    return written(booking, after);
  }

  /** Writes the effects as runs left them; the handler hears once of each that gave up. */
  private Optional<Booking> written(Booking booking, List<Effect> after) {
    Optional<Booking> stored = repository.storeOutcomes(booking, after);
    for (Effect effect : after) {
      if (effect.state() == EffectState.FAILED) {
        tellGaveUp(effect, stored.orElse(booking));
      }
    }
    return stored;
  }

  Effect apply(Effect effect, EffectOutcome outcome) {
    Instant now = clock.instant();
    EffectHandler handler = handlers.of(effect.kind());
    if (outcome instanceof EffectOutcome.Done done) {
      return effect.done(done.remoteRef(), now);
    }
    if (outcome instanceof EffectOutcome.Skipped skipped) {
      return effect.skipped(skipped.reason(), now);
    }
    if (outcome instanceof EffectOutcome.Failed failed) {
      return effect.failed(failed.error(), now);
    }
    EffectOutcome.RetryLater retry = (EffectOutcome.RetryLater) outcome;
    return handler
        .retrySchedule()
        .nextAttempt(effect.attempts() + 1, effect.createdAt(), now, random.getAsDouble())
        .map(at -> retry.retryAfter().map(now::plus).filter(at::isBefore).orElse(at))
        .map(at -> effect.retryAt(at, retry.error(), now))
        .orElseGet(() -> effect.failed(retry.error(), now));
  }

  private void tellGaveUp(Effect failed, Booking booking) {
    try {
      handlers.of(failed.kind()).gaveUp(failed, booking);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "give-up of effect {0} not handled: {1}", failed.id(), describe(e));
    }
  }

  static String describe(RuntimeException e) {
    String message = e.getMessage();
    return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }
}
