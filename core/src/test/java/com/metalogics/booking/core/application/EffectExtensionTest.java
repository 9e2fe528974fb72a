package com.metalogics.booking.core.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.metalogics.booking.core.domain.Booking;
import com.metalogics.booking.core.domain.Effect;
import com.metalogics.booking.core.domain.EffectKind;
import com.metalogics.booking.core.domain.EffectState;
import com.metalogics.booking.core.port.in.BookingAccess;
import com.metalogics.booking.core.port.in.CancelBookingCommand;
import com.metalogics.booking.core.port.out.BookingChange;
import com.metalogics.booking.core.port.out.EffectOutcome;
import com.metalogics.booking.core.port.out.EffectPlanner;
import com.metalogics.booking.core.port.out.RetrySchedule;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What an embedder plugs in: a planner of its own effects and their handler. */
class EffectExtensionTest {

  /** One webhook effect per change, its body written at planning time. */
  private static final EffectPlanner HOOKS =
      (BookingChange change, Instant now, Instant firstWorkerAttempt) ->
          List.of(
              Effect.planned(
                  change.booking(),
                  EffectKind.WEBHOOK,
                  "sub-1",
                  now,
                  firstWorkerAttempt,
                  Optional.of(change.kind().name()),
                  now));

  private final RecordingHandler hooks = new RecordingHandler(EffectKind.WEBHOOK, 2);
  private final EngineHarness h = new EngineHarness(hooks, HOOKS);

  private List<Effect> webhooksOf(Booking booking) {
    return h.repository.effectsOf(booking.id()).stream()
        .filter(e -> e.kind() == EffectKind.WEBHOOK)
        .toList();
  }

  @Test
  void aPlannersEffects_areWrittenWithTheChange_andRunByItsHandler() {
    Booking booking = h.book(h.ny(2, 10, 0), "ada@example.com").booking();
    h.engine
        .cancelBooking()
        .handle(new CancelBookingCommand(BookingAccess.admin(booking.id()), Optional.empty()));

    assertThat(webhooksOf(booking))
        .extracting(e -> e.payload().orElseThrow(), Effect::state, Effect::remoteRef)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("CREATED", EffectState.DONE, Optional.of("ref")),
            org.assertj.core.groups.Tuple.tuple("CANCELLED", EffectState.DONE, Optional.of("ref")));
    assertThat(hooks.ran()).hasSize(2);
  }

  @Test
  void aNewRevision_leavesTheOldOnesPendingWebhooksToBeDelivered() {
    hooks.answer(e -> EffectOutcome.retryLater("receiver answered 500"));
    Booking booking = h.book(h.ny(2, 10, 0), "ada@example.com").booking();
    h.engine
        .cancelBooking()
        .handle(new CancelBookingCommand(BookingAccess.admin(booking.id()), Optional.empty()));
    hooks.answer(e -> EffectOutcome.done("ok"));
    h.clock.advance(Duration.ofMinutes(5));

    h.engine.syncBookings().syncDue();

    assertThat(webhooksOf(booking))
        .extracting(Effect::state)
        .containsExactly(EffectState.DONE, EffectState.DONE);
  }

  @Test
  void givenAScheduleByAge_theEffectRetriesForItsWholeHorizon_thenGivesUpOnce() {
    hooks.schedule(
        RetrySchedule.byAge(Duration.ofMinutes(1), Duration.ofHours(1), 0.5, Duration.ofHours(24)));
    hooks.answer(e -> new EffectOutcome.RetryLater("timed out", Optional.empty()));
    Instant created = h.clock.instant();
    Booking booking = h.book(h.ny(2, 10, 0), "ada@example.com").booking();

    for (int hour = 0; hour < 30; hour++) {
      h.clock.advance(Duration.ofHours(1));
      h.engine.syncBookings().syncDue();
    }

    Effect hook = webhooksOf(booking).get(0);
    assertThat(hook.state()).isEqualTo(EffectState.FAILED);
    assertThat(hook.updatedAt()).isAfterOrEqualTo(created.plus(Duration.ofHours(24)));
    assertThat(hook.attempts()).isGreaterThan(24);
    assertThat(hooks.gaveUp()).singleElement().extracting(Effect::id).isEqualTo(hook.id());
    assertThat(h.notifier.alerts()).as("the handler alerts for its own kind").isEmpty();
  }

  @Test
  void theWorker_runsAKindAtMostItsHandlersConcurrencyAtOnce() {
    hooks.answer(e -> EffectOutcome.retryLater("down"));
    for (int i = 0; i < 8; i++) {
      h.book(h.ny(3, 9 + i, 0), i + "@example.com");
    }
    hooks.answer(e -> EffectOutcome.done("ok"));
    h.clock.advance(Duration.ofMinutes(5));

    assertThat(h.engine.syncBookings().syncDue().effects()).isEqualTo(8);
    assertThat(hooks.ran()).hasSize(16);
    assertThat(hooks.maxInFlight()).isBetween(1, 2);
  }
}
