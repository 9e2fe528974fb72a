package com.metalogics.booking.core.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.metalogics.booking.core.contract.Fixtures;
import com.metalogics.booking.core.contract.MutableClock;
import com.metalogics.booking.core.domain.BookingRules;
import com.metalogics.booking.core.domain.ResourceNotFoundException;
import com.metalogics.booking.core.domain.ValidationException;
import com.metalogics.booking.core.domain.VersionConflictException;
import com.metalogics.booking.core.domain.WebhookEvent;
import com.metalogics.booking.core.domain.WebhookPolicy;
import com.metalogics.booking.core.domain.WebhookSubscription;
import com.metalogics.booking.core.inmemory.InMemoryBookingRepository;
import com.metalogics.booking.core.inmemory.InMemoryWebhookSubscriptions;
import com.metalogics.booking.core.port.in.ManageWebhooks;
import com.metalogics.booking.core.port.in.WebhookDraft;
import com.metalogics.booking.core.port.out.Stored;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class WebhookServiceTest {

  private final MutableClock clock = new MutableClock(Fixtures.NOW);
  private final InMemoryWebhookSubscriptions repository = new InMemoryWebhookSubscriptions();
  private final ManageWebhooks production = webhooks(WebhookPolicy.production());
  private final ManageWebhooks development = webhooks(WebhookPolicy.development());

  /** The engine's webhook use case over the shared in-memory subscriptions. */
  private ManageWebhooks webhooks(WebhookPolicy policy) {
    return BookingEngine.builder()
        .repository(new InMemoryBookingRepository())
        .rules(BookingRules.defaults())
        .clock(clock)
        .manageTokenSecret(EngineHarness.SECRET)
        .webhookSubscriptions(repository)
        .webhookPolicy(policy)
        .build()
        .manageWebhooks();
  }

  @Test
  void create_withoutSecret_generatesAStrongOne() {
    Stored<WebhookSubscription> created =
        production.create(draft("https://hooks.example.org/b", Optional.empty()));

    String secret = created.value().secret();
    assertThat(secret).startsWith("whsec_").hasSizeGreaterThanOrEqualTo(6 + 43);
    assertThat(created.value().events())
        .containsExactlyInAnyOrder(WebhookEvent.BOOKING_CREATED, WebhookEvent.BOOKING_CANCELLED);
    assertThat(created.value().createdAt()).isEqualTo(Fixtures.NOW);
    assertThat(
            production
                .create(draft("https://hooks.example.org/b", Optional.empty()))
                .value()
                .secret())
        .isNotEqualTo(secret);
  }

  @Test
  void create_namesEveryBadField_atOnce() {
    WebhookDraft bad =
        new WebhookDraft(
            "ftp://hooks.example.org/x",
            List.of("booking.created", "booking.exploded", "booking.created"),
            Optional.of("short"),
            true);

    assertThatThrownBy(() -> production.create(bad))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.fieldErrors())
                    .containsOnlyKeys("url", "events[1]", "events[2]", "secret"));
    assertThat(repository.subscriptions()).isEmpty();
  }

  @Test
  void plainHttp_isRefusedInProduction_andAllowedInDevelopment() {
    WebhookDraft http = draft("http://127.0.0.1:9000/hook", Optional.empty());

    assertThatThrownBy(() -> production.create(http))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.fieldErrors()).containsEntry("url", "must be https in production"));
    assertThat(development.create(http).value().url().getPort()).isEqualTo(9000);
  }

  @Test
  void create_refusesNoEvents_andAUrlWithoutHost() {
    WebhookDraft bad = new WebhookDraft("https:///path", List.of(), Optional.empty(), true);

    assertThatThrownBy(() -> production.create(bad))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.fieldErrors()).containsOnlyKeys("url", "events"));
  }

  @Test
  void replace_keepsTheSecretWhenNoneIsGiven_liftsAPause_andChecksTheVersion() {
    Stored<WebhookSubscription> created =
        production.create(
            draft("https://hooks.example.org/b", Optional.of("s3cret-s3cret-s3cret")));
    UUID id = created.value().id();
    Instant failing = Fixtures.NOW.minusSeconds(3 * 86_400);
    repository.recordHealth(id, Optional.of(failing), Optional.of(Fixtures.NOW));

    Stored<WebhookSubscription> replaced =
        production.replace(id, draft("https://hooks.example.org/new", Optional.empty()), 1);

    assertThat(replaced.version()).isEqualTo(2);
    assertThat(replaced.value().secret()).isEqualTo("s3cret-s3cret-s3cret");
    assertThat(replaced.value().paused()).isFalse();
    assertThat(replaced.value().failingSince()).isEmpty();
    assertThat(replaced.value().createdAt()).isEqualTo(Fixtures.NOW);
    assertThatThrownBy(
            () -> production.replace(id, draft("https://hooks.example.org/x", Optional.empty()), 1))
        .isInstanceOf(VersionConflictException.class);
  }

  @Test
  void unknownIds_areNotFound() {
    UUID unknown = UUID.randomUUID();

    assertThatThrownBy(() -> production.subscription(unknown))
        .isInstanceOf(ResourceNotFoundException.class);
    assertThatThrownBy(() -> production.delete(unknown))
        .isInstanceOf(ResourceNotFoundException.class);
    assertThatThrownBy(
            () ->
                production.replace(
                    unknown, draft("https://hooks.example.org/x", Optional.empty()), 1))
        .isInstanceOf(ResourceNotFoundException.class);
  }

  @Test
  void toString_showsNeitherTheSecretNorTheUrlPath() {
    WebhookSubscription s =
        production
            .create(
                draft(
                    "https://hooks.example.org/services/T0/B0/tokenInPath",
                    Optional.of("s3cret-s3cret-s3cret")))
            .value();

    assertThat(s.toString())
        .contains("hooks.example.org")
        .doesNotContain("s3cret")
        .doesNotContain("tokenInPath");
  }

  private static WebhookDraft draft(String url, Optional<String> secret) {
    return new WebhookDraft(url, List.of("booking.created", "booking.cancelled"), secret, true);
  }
}
