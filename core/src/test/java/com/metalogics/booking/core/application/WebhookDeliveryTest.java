package com.metalogics.booking.core.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.metalogics.booking.core.contract.Fixtures;
import com.metalogics.booking.core.contract.MutableClock;
import com.metalogics.booking.core.domain.WebhookEvent;
import com.metalogics.booking.core.domain.WebhookSignature;
import com.metalogics.booking.core.domain.WebhookSubscription;
import com.metalogics.booking.core.inmemory.InMemoryWebhookSubscriptions;
import com.metalogics.booking.core.port.out.DeliveryAttempt;
import com.metalogics.booking.core.port.out.WebhookTransport;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class WebhookDeliveryTest {

  private static final String SECRET = "whsec_0123456789abcdef";
  private static final String BODY = "{\"id\":\"e\"}";

  private final MutableClock clock = new MutableClock(Fixtures.NOW);
  private final InMemoryWebhookSubscriptions subscriptions = new InMemoryWebhookSubscriptions();
  private final List<Map<String, String>> sent = new ArrayList<>();
  private int status = 200;
  private final WebhookTransport transport =
      (url, headers, body) -> {
        sent.add(headers);
        return WebhookTransport.Result.answered(status, Duration.ofMillis(12));
      };
  private final WebhookDelivery delivery = new WebhookDelivery(subscriptions, transport, clock);
  private final UUID event = UUID.randomUUID();

  @Test
  void aDelivery_isSignedWhenSent_andLogged() {
    UUID id = subscribe(true);

    WebhookDelivery.Outcome outcome = delivery.deliver(event, id, BODY);

    assertThat(outcome.status()).isEqualTo(WebhookDelivery.Status.DELIVERED);
    assertThat(sent).hasSize(1);
    assertThat(sent.get(0)).containsEntry(WebhookSignature.EVENT_ID_HEADER, event.toString());
    assertThat(
            WebhookSignature.verify(
                sent.get(0).get(WebhookSignature.HEADER),
                SECRET,
                BODY,
                clock.instant(),
                WebhookSignature.DEFAULT_TOLERANCE))
        .isTrue();
    DeliveryAttempt attempt = subscriptions.attempts(event, 1).get(0);
    assertThat(attempt.statusCode()).hasValue(200);
    assertThat(attempt.latency()).isEqualTo(Duration.ofMillis(12));
    assertThat(attempt.attemptedAt()).isEqualTo(Fixtures.NOW);
  }

  @Test
  void failures_markTheSubscriptionFailing_andThreeDaysOfThemPauseIt() {
    UUID id = subscribe(true);
    status = 500;

    assertThat(delivery.deliver(event, id, BODY).status()).isEqualTo(WebhookDelivery.Status.RETRY);
    assertThat(subscription(id).failingSince()).contains(Fixtures.NOW);
    clock.advance(WebhookDelivery.PAUSE_AFTER.minusMinutes(1));
    delivery.deliver(event, id, BODY);
    assertThat(subscription(id).paused()).isFalse();
    clock.advance(Duration.ofMinutes(1));
    delivery.deliver(event, id, BODY);

    assertThat(subscription(id).pausedAt()).contains(clock.instant());
    int before = sent.size();
    WebhookDelivery.Outcome held = delivery.deliver(UUID.randomUUID(), id, BODY);
    assertThat(held.status()).isEqualTo(WebhookDelivery.Status.RETRY);
    assertThat(held.detail()).isEqualTo("subscription paused");
    assertThat(sent).hasSize(before);
    assertThat(subscriptions.attempts(event, 10)).hasSize(3);
  }

  @Test
  void aSuccess_endsTheFailingRun() {
    UUID id = subscribe(true);
    status = 503;
    delivery.deliver(event, id, BODY);
    status = 204;
    clock.advance(Duration.ofHours(5));

    delivery.deliver(event, id, BODY);

    assertThat(subscription(id).failingSince()).isEmpty();
    assertThat(subscription(id).paused()).isFalse();
  }

  @Test
  void aDeletedOrSwitchedOffSubscription_dropsTheEvent_withoutSending() {
    UUID off = subscribe(false);

    assertThat(delivery.deliver(event, off, BODY).status())
        .isEqualTo(WebhookDelivery.Status.DROPPED);
    assertThat(delivery.deliver(event, UUID.randomUUID(), BODY).status())
        .isEqualTo(WebhookDelivery.Status.DROPPED);
    assertThat(sent).isEmpty();
  }

  private UUID subscribe(boolean active) {
    WebhookSubscription s =
        new WebhookSubscription(
            UUID.randomUUID(),
            URI.create("https://hooks.example.org/b"),
            Set.of(WebhookEvent.BOOKING_CREATED),
            SECRET,
            active,
            Optional.empty(),
            Optional.empty(),
            Fixtures.NOW);
    subscriptions.save(s, OptionalLong.empty());
    return s.id();
  }

  private WebhookSubscription subscription(UUID id) {
    return subscriptions.subscription(id).orElseThrow().value();
  }
}
