package com.metalogics.booking.core.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.metalogics.booking.core.domain.VersionConflictException;
import com.metalogics.booking.core.domain.WebhookEvent;
import com.metalogics.booking.core.domain.WebhookSubscription;
import com.metalogics.booking.core.port.out.DeliveryAttempt;
import com.metalogics.booking.core.port.out.Stored;
import com.metalogics.booking.core.port.out.WebhookSubscriptionRepository;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link WebhookSubscriptionRepository} must do: store subscriptions whole, save by
 * compare-and-set on the version, keep the service's health marks apart from the version, and log
 * delivery attempts per event. Ids are fresh per test, so implementations may share a database.
 */
public abstract class WebhookSubscriptionRepositoryContract {

  private static final Instant CREATED = Instant.parse("2026-11-01T08:00:00Z");

  protected WebhookSubscriptionRepository repository;

  protected abstract WebhookSubscriptionRepository createRepository();

  @BeforeEach
  void createRepositoryUnderTest() {
    repository = createRepository();
  }

  @Test
  void save_createsVersionOne_andReadsBackEqual() {
    WebhookSubscription subscription = subscription(EnumSet.allOf(WebhookEvent.class));

    Stored<WebhookSubscription> saved = repository.save(subscription, OptionalLong.empty());

    assertThat(saved.version()).isEqualTo(1);
    assertThat(repository.subscription(subscription.id())).contains(saved);
    assertThat(repository.subscriptions()).contains(saved);
  }

  @Test
  void save_replacesOnlyTheStoredVersion() {
    WebhookSubscription subscription = subscription(Set.of(WebhookEvent.BOOKING_CREATED));
    repository.save(subscription, OptionalLong.empty());
    WebhookSubscription changed =
        withUrl(subscription, URI.create("https://hooks.example.org/other?x=1"));

    Stored<WebhookSubscription> replaced = repository.save(changed, OptionalLong.of(1));

    assertThat(replaced.version()).isEqualTo(2);
    assertThat(repository.subscription(subscription.id()).orElseThrow().value().url())
        .isEqualTo(changed.url());
    assertThatThrownBy(() -> repository.save(changed, OptionalLong.of(1)))
        .isInstanceOf(VersionConflictException.class);
    assertThatThrownBy(() -> repository.save(changed, OptionalLong.empty()))
        .isInstanceOf(VersionConflictException.class);
  }

  @Test
  void save_ofAnUnknownSubscriptionWithAVersion_conflicts() {
    WebhookSubscription subscription = subscription(Set.of(WebhookEvent.BOOKING_CANCELLED));

    assertThatThrownBy(() -> repository.save(subscription, OptionalLong.of(3)))
        .isInstanceOf(VersionConflictException.class);
    assertThat(repository.subscription(subscription.id())).isEmpty();
  }

  @Test
  void recordHealth_keepsTheVersion() {
    WebhookSubscription subscription = subscription(Set.of(WebhookEvent.BOOKING_CREATED));
    repository.save(subscription, OptionalLong.empty());
    Instant failing = CREATED.plus(Duration.ofHours(1));
    Instant paused = failing.plus(Duration.ofDays(3));

    repository.recordHealth(subscription.id(), Optional.of(failing), Optional.of(paused));

    Stored<WebhookSubscription> stored = repository.subscription(subscription.id()).orElseThrow();
    assertThat(stored.version()).isEqualTo(1);
    assertThat(stored.value().failingSince()).contains(failing);
    assertThat(stored.value().pausedAt()).contains(paused);
    repository.recordHealth(subscription.id(), Optional.empty(), Optional.empty());
    assertThat(repository.subscription(subscription.id()).orElseThrow().value().paused()).isFalse();
  }

  @Test
  void delete_removesTheSubscriptionAndItsAttempts() {
    WebhookSubscription subscription = subscription(Set.of(WebhookEvent.BOOKING_CREATED));
    repository.save(subscription, OptionalLong.empty());
    UUID event = UUID.randomUUID();
    repository.recordAttempt(attempt(event, subscription.id(), CREATED, OptionalInt.of(500)));

    assertThat(repository.delete(subscription.id())).isTrue();

    assertThat(repository.subscription(subscription.id())).isEmpty();
    assertThat(repository.attempts(event, 10)).isEmpty();
    assertThat(repository.delete(subscription.id())).isFalse();
  }

  @Test
  void attempts_areListedNewestFirst_andTheLastOnePerEventIsFound() {
    WebhookSubscription subscription = subscription(Set.of(WebhookEvent.BOOKING_CREATED));
    repository.save(subscription, OptionalLong.empty());
    UUID first = UUID.randomUUID();
    UUID second = UUID.randomUUID();
    DeliveryAttempt timedOut = attempt(first, subscription.id(), CREATED, OptionalInt.empty());
    DeliveryAttempt refused =
        attempt(first, subscription.id(), CREATED.plusSeconds(30), OptionalInt.of(503));
    DeliveryAttempt accepted =
        attempt(first, subscription.id(), CREATED.plusSeconds(90), OptionalInt.of(204));
    repository.recordAttempt(timedOut);
    repository.recordAttempt(refused);
    repository.recordAttempt(accepted);

    assertThat(repository.attempts(first, 10)).containsExactly(accepted, refused, timedOut);
    assertThat(repository.attempts(first, 2)).containsExactly(accepted, refused);
    Map<UUID, DeliveryAttempt> last = repository.lastAttempts(List.of(first, second));
    assertThat(last).containsOnlyKeys(first);
    assertThat(last.get(first)).isEqualTo(accepted);
    assertThat(accepted.delivered()).isTrue();
    assertThat(refused.delivered()).isFalse();
  }

  private static WebhookSubscription subscription(Set<WebhookEvent> events) {
    return new WebhookSubscription(
        UUID.randomUUID(),
        URI.create("https://hooks.example.org/booking"),
        events,
        "whsec_" + UUID.randomUUID(),
        true,
        Optional.empty(),
        Optional.empty(),
        CREATED);
  }

  private static WebhookSubscription withUrl(WebhookSubscription s, URI url) {
    return new WebhookSubscription(
        s.id(),
        url,
        s.events(),
        s.secret(),
        s.active(),
        s.failingSince(),
        s.pausedAt(),
        s.createdAt());
  }

  private static DeliveryAttempt attempt(
      UUID event, UUID subscription, Instant at, OptionalInt status) {
    Optional<String> error =
        status.isPresent() && status.getAsInt() / 100 == 2
            ? Optional.empty()
            : Optional.of(status.isPresent() ? "HTTP " + status.getAsInt() : "timed out");
    return new DeliveryAttempt(
        event,
        subscription,
        at.truncatedTo(ChronoUnit.MILLIS),
        status,
        Duration.ofMillis(42),
        error);
  }
}
