package com.metalogics.booking.core.application;

import com.metalogics.booking.core.domain.Booking;
import com.metalogics.booking.core.domain.BookingNotFoundException;
import com.metalogics.booking.core.domain.Effect;
import com.metalogics.booking.core.domain.EffectKind;
import com.metalogics.booking.core.domain.EffectState;
import com.metalogics.booking.core.domain.EnabledIntegrations;
import com.metalogics.booking.core.domain.ResourceNotFoundException;
import com.metalogics.booking.core.port.in.ManageEffects;
import com.metalogics.booking.core.port.in.SyncBookings;
import com.metalogics.booking.core.port.in.SyncOutcome;
import com.metalogics.booking.core.port.in.SyncReport;
import com.metalogics.booking.core.port.out.BookingRepository;
import com.metalogics.booking.core.port.out.EffectStats;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** The worker's use cases and the admin's: run due effects, or one booking's, or one effect. */
final class SyncService implements SyncBookings, ManageEffects {

  private final BookingRepository repository;
  private final EffectRunner runner;
  private final WorkerRun worker;
  private final EnabledIntegrations integrations;
  private final Clock clock;

  SyncService(
      BookingRepository repository,
      EffectRunner runner,
      WorkerRun worker,
      EnabledIntegrations integrations,
      Clock clock) {
    this.repository = repository;
    this.runner = runner;
    this.worker = worker;
    this.integrations = integrations;
    this.clock = clock;
  }

  /**
   * Runs the booking's unfinished effects now, the given-up ones included, whatever their retry
   * schedule; the attendee mail last, as on the request path. A reminder before its time waits.
   */
  @Override
  public SyncOutcome syncOne(UUID bookingId) {
    Booking booking =
        repository.findById(bookingId).orElseThrow(() -> new BookingNotFoundException(bookingId));
    Instant now = clock.instant();
    List<Effect> open =
        repository.effectsOf(bookingId).stream()
            .filter(e -> e.state() == EffectState.PENDING || e.state() == EffectState.FAILED)
            .filter(e -> !e.dueAt().isAfter(now))
            .filter(e -> runner.handles(e.kind()))
            .sorted(Comparator.comparing((Effect e) -> e.kind() == EffectKind.ATTENDEE_MAIL))
            .toList();
    Booking current = booking;
    for (Effect effect : open) {
      Effect reopened =
          effect.state() == EffectState.FAILED ? effect.reopened(clock.instant()) : effect;
      current = runner.run(reopened, current).booking().orElse(current);
    }
    return new SyncOutcome(current, Warnings.pendingOf(current.sync(), integrations));
  }

  @Override
  public SyncReport syncDue() {
    return worker.runDue();
  }

  @Override
  public List<Effect> effectsOf(UUID bookingId) {
    repository.findById(bookingId).orElseThrow(() -> new BookingNotFoundException(bookingId));
    return repository.effectsOf(bookingId);
  }

  @Override
  public EffectStats stats() {
    return repository.effectStats(clock.instant());
  }

  @Override
  public Effect retry(UUID effectId) {
    Effect effect =
        repository
            .findEffect(effectId)
            .orElseThrow(() -> new ResourceNotFoundException("effect", effectId.toString()));
    if (runner.handles(effect.kind())) {
      Instant now = clock.instant();
      runner.run(effect.state() == EffectState.PENDING ? effect : effect.reopened(now));
    }
    return repository
        .findEffect(effectId)
        .orElseThrow(() -> new ResourceNotFoundException("effect", effectId.toString()));
  }
}
