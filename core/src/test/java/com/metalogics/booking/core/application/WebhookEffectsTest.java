package com.metalogics.booking.core.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.metalogics.booking.core.application.EngineHarness.WebhookKit;
import com.metalogics.booking.core.domain.Booking;
import com.metalogics.booking.core.domain.Effect;
import com.metalogics.booking.core.domain.EffectKind;
import com.metalogics.booking.core.domain.EffectState;
import com.metalogics.booking.core.domain.WebhookEvent;
import com.metalogics.booking.core.domain.WebhookSignature;
import com.metalogics.booking.core.domain.WebhookSubscription;
import com.metalogics.booking.core.inmemory.InMemoryWebhookSubscriptions;
import com.metalogics.booking.core.port.in.BookingAccess;
import com.metalogics.booking.core.port.in.CancelBookingCommand;
import com.metalogics.booking.core.port.in.WebhookDeliveryView;
import com.metalogics.booking.core.port.in.WebhookDraft;
import com.metalogics.booking.core.port.out.AdminAlert;
import com.metalogics.booking.core.port.out.WebhookBodies;
import com.metalogics.booking.core.port.out.WebhookTransport;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** Webhook events through the engine's outbox: planned with the change, delivered, retried. */
class WebhookEffectsTest {

  private record Sent(Map<String, String> headers, String body) {}

  private final InMemoryWebhookSubscriptions subscriptions = new InMemoryWebhookSubscriptions();
  private final List<Sent> sent = new CopyOnWriteArrayList<>();
  private volatile int status = 204;
  private final WebhookTransport transport =
      (url, headers, body) -> {
        sent.add(new Sent(headers, body));
        return WebhookTransport.Result.answered(status, Duration.ofMillis(3));
      };
  private final WebhookBodies bodies =
      (id, type, at, booking, host) ->
          "{\"id\":\"%s\",\"type\":\"%s\",\"sequence\":%d}"
              .formatted(id, type.wireName(), booking.revision());
  private final EngineHarness h =
      new EngineHarness(new WebhookKit(subscriptions, transport, bodies));

  @Test
  void aBookingsChanges_eachBecomeOneSignedEvent_perSubscriptionThatAsksForIt() {
    WebhookSubscription all = subscribe(List.of("booking.created", "booking.cancelled"));
    subscribe(List.of("booking.rescheduled"));

    Booking booking = h.book(h.ny(3, 10, 0), "ada@example.org").booking();
    cancel(booking);

    List<Effect> hooks = webhookEffects(booking);
    assertThat(hooks).hasSize(2).allMatch(e -> e.target().equals(all.id().toString()));
    assertThat(hooks).allMatch(e -> e.state() == EffectState.DONE);
    assertThat(sent)
        .extracting(Sent::body)
        .containsExactly(
            body(hooks.get(0), WebhookEvent.BOOKING_CREATED, 1),
            body(hooks.get(1), WebhookEvent.BOOKING_CANCELLED, 2));
    Sent first = sent.get(0);
    assertThat(first.headers()).containsEntry("Booking-Event-Id", hooks.get(0).id().toString());
    assertThat(
            WebhookSignature.verify(
                first.headers().get(WebhookSignature.HEADER),
                all.secret(),
                first.body(),
                h.clock.instant(),
                WebhookSignature.DEFAULT_TOLERANCE))
        .isTrue();
  }

  @Test
  void aFailingReceiver_isRetriedForADay_thenTheDeliveryFails_andTheAdminIsToldOnce() {
    subscribe(List.of("booking.created"));
    status = 500;
    Booking one = h.book(h.ny(3, 10, 0), "ada@example.org").booking();
    Booking two = h.book(h.ny(3, 11, 0), "bob@example.org").booking();
    Instant created = h.clock.instant();

    Effect failed = runWorkerUntilSettled(one);
    runWorkerUntilSettled(two);

    assertThat(failed.state()).isEqualTo(EffectState.FAILED);
    assertThat(failed.updatedAt()).isAfterOrEqualTo(created.plus(Duration.ofHours(24)));
    assertThat(failed.attempts()).isGreaterThan(20);
    assertThat(failed.lastError()).contains("HTTP 500");
    assertThat(h.notifier.alerts())
        .filteredOn(a -> a instanceof AdminAlert.WebhookFailing)
        .hasSize(1);
  }

  @Test
  void aDeadLetter_isReplayedWithTheSameEventId() {
    WebhookSubscription subscription = subscribe(List.of("booking.created"));
    status = 503;
    Booking booking = h.book(h.ny(3, 10, 0), "ada@example.org").booking();
    Effect failed = runWorkerUntilSettled(booking);
    status = 200;

    WebhookDeliveryView replayed = h.engine.manageWebhooks().replay(failed.id());

    assertThat(replayed.effect().state()).isEqualTo(EffectState.DONE);
    assertThat(replayed.lastAttempt().orElseThrow().statusCode()).hasValue(200);
    assertThat(sent.get(sent.size() - 1).headers())
        .containsEntry("Booking-Event-Id", failed.id().toString());
    List<WebhookDeliveryView> listed = h.engine.manageWebhooks().deliveries(subscription.id(), 10);
    assertThat(listed).hasSize(1);
    assertThat(listed.get(0).effect().id()).isEqualTo(failed.id());
  }

  @Test
  void noSubscription_orOneSwitchedOff_plansNothing() {
    h.engine
        .manageWebhooks()
        .create(
            new WebhookDraft(
                "http://127.0.0.1:1/x", List.of("booking.created"), Optional.empty(), false));

    Booking booking = h.book(h.ny(3, 10, 0), "ada@example.org").booking();

    assertThat(webhookEffects(booking)).isEmpty();
    assertThat(sent).isEmpty();
  }

  private WebhookSubscription subscribe(List<String> events) {
    return h.engine
        .manageWebhooks()
        .create(new WebhookDraft("http://127.0.0.1:1/hook", events, Optional.empty(), true))
        .value();
  }

  private void cancel(Booking booking) {
    h.engine
        .cancelBooking()
        .handle(new CancelBookingCommand(BookingAccess.admin(booking.id()), Optional.empty()));
  }

  private List<Effect> webhookEffects(Booking booking) {
    return h.repository.effectsOf(booking.id()).stream()
        .filter(e -> e.kind() == EffectKind.WEBHOOK)
        .toList();
  }

  /** Moves the clock to each next attempt and runs the worker, until the delivery settles. */
  private Effect runWorkerUntilSettled(Booking booking) {
    for (int round = 0; round < 500; round++) {
      Effect hook = webhookEffects(booking).get(0);
      if (hook.state() != EffectState.PENDING) {
        return hook;
      }
      if (hook.nextAttemptAt().isAfter(h.clock.instant())) {
        h.clock.set(hook.nextAttemptAt());
      }
      h.engine.syncBookings().syncDue();
    }
    throw new AssertionError("the delivery never settled");
  }

  private static String body(Effect effect, WebhookEvent type, int sequence) {
    return "{\"id\":\"%s\",\"type\":\"%s\",\"sequence\":%d}"
        .formatted(effect.id(), type.wireName(), sequence);
  }
}
