package com.metalogics.booking.core.application;

import com.metalogics.booking.core.domain.Effect;
import com.metalogics.booking.core.domain.EffectKind;
import com.metalogics.booking.core.domain.EnabledIntegrations;
import com.metalogics.booking.core.port.in.SyncReport;
import com.metalogics.booking.core.port.out.BookingRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One worker run: claims a batch of due effects and runs them concurrently, at most each handler's
 * {@code concurrency()} of one kind at a time, so that a slow integration neither holds up the
 * others nor gets more calls at once than it takes. An effect is only started while the lease still
 * covers the attempt budget; past it another instance may claim the effect, and both would run it.
 * Unstarted effects are released when the run ends early (a stop, the lease).
 */
final class WorkerRun {

  private final BookingRepository repository;
  private final EffectRunner runner;
  private final EffectHandlers handlers;
  private final SyncPolicy policy;
  private final EnabledIntegrations integrations;
  private final Executor executor;
  private final Clock clock;

  WorkerRun(
      BookingRepository repository,
      EffectRunner runner,
      EffectHandlers handlers,
      SyncPolicy policy,
      EnabledIntegrations integrations,
      Executor executor,
      Clock clock) {
    this.repository = repository;
    this.runner = runner;
    this.handlers = handlers;
    this.policy = policy;
    this.integrations = integrations;
    this.executor = executor;
    this.clock = clock;
  }

  /**
   * Runs a batch; the report counts bookings, as the admin sees them: those an effect was run for,
   * those of them no switched-on integration waits for afterwards, and the claimed ones still
   * waiting.
   */
  SyncReport runDue() {
    Instant claimedAt = clock.instant();
    List<Effect> claimed =
        repository.claimDue(claimedAt, policy.lease(), policy.batchSize(), handlers.kinds());
    Batch batch =
        new Batch(
            claimedAt.plus(policy.lease()).minus(policy.attemptBudget()),
            new AtomicBoolean(Thread.currentThread().isInterrupted()),
            ConcurrentHashMap.newKeySet(),
            ConcurrentHashMap.newKeySet());
    Collection<Queue<Effect>> queues = runAll(batch, claimed);
    List<UUID> unstarted = new ArrayList<>();
    queues.forEach(q -> q.forEach(e -> unstarted.add(e.id())));
    if (!unstarted.isEmpty()) {
      repository.release(unstarted);
    }
    long bookings = claimed.stream().map(Effect::bookingId).distinct().count();
    int completed = batch.settled().size();
    return new SyncReport(
        batch.attempted().size(), completed, (int) bookings - completed, claimed.size());
  }

  /**
   * One run's shared state: when to stop starting effects, whose effects were run, and which
   * bookings this run's writes left with nothing to wait for.
   */
  private record Batch(
      Instant lastStart, AtomicBoolean stop, Set<UUID> attempted, Set<UUID> settled) {}

  /** Runs the effects, each kind in its handler's number of lanes; what is left unstarted. */
  private Collection<Queue<Effect>> runAll(Batch batch, List<Effect> effects) {
    Map<EffectKind, Queue<Effect>> queues = new EnumMap<>(EffectKind.class);
    effects.forEach(
        e -> queues.computeIfAbsent(e.kind(), k -> new ConcurrentLinkedQueue<>()).add(e));
    List<CompletableFuture<Void>> lanes = new ArrayList<>();
    queues.forEach(
        (kind, queue) -> {
          int count = Math.max(1, Math.min(handlers.of(kind).concurrency(), queue.size()));
          for (int i = 0; i < count; i++) {
            lanes.add(CompletableFuture.runAsync(() -> drain(batch, queue), executor));
          }
        });
    awaitAll(lanes, batch.stop());
    return queues.values();
  }

  private void drain(Batch batch, Queue<Effect> queue) {
    Effect next;
    while (!batch.stop().get()
        && !clock.instant().isAfter(batch.lastStart())
        && (next = queue.poll()) != null) {
      batch.attempted().add(next.bookingId());
      if (settledBy(runner.run(next))) {
        batch.settled().add(next.bookingId());
      }
    }
  }

  /**
   * True when this write took the booking from waiting to settled. Outcomes of one booking are
   * written one at a time, so only one write in any instance sees that change: each booking is
   * counted once however its effects were shared out.
   */
  private boolean settledBy(EffectRunner.Ran ran) {
    boolean waited = ran.before().map(b -> integrations.needsSync(b.sync())).orElse(false);
    return waited && ran.booking().map(b -> !integrations.needsSync(b.sync())).orElse(false);
  }

  /**
   * Waits for every lane. An interrupt (a stop) does not end the wait, but the lanes then start no
   * further effect; the interrupt is kept for the caller.
   */
  private static void awaitAll(List<CompletableFuture<Void>> drains, AtomicBoolean stop) {
    CompletableFuture<Void> all = CompletableFuture.allOf(drains.toArray(CompletableFuture[]::new));
    while (true) {
      try {
        all.get();
        break;
      } catch (InterruptedException e) {
        stop.set(true);
      } catch (ExecutionException e) {
        throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e);
      }
    }
    if (stop.get()) {
      Thread.currentThread().interrupt();
    }
  }
}
