package com.metalogics.booking.core.application;

import com.metalogics.booking.core.domain.Effect;
import com.metalogics.booking.core.domain.EffectKind;
import com.metalogics.booking.core.domain.ResourceNotFoundException;
import com.metalogics.booking.core.domain.TextPolicy;
import com.metalogics.booking.core.domain.ValidationException;
import com.metalogics.booking.core.domain.WebhookEvent;
import com.metalogics.booking.core.domain.WebhookPolicy;
import com.metalogics.booking.core.domain.WebhookSubscription;
import com.metalogics.booking.core.port.in.ManageEffects;
import com.metalogics.booking.core.port.in.ManageWebhooks;
import com.metalogics.booking.core.port.in.WebhookDeliveryView;
import com.metalogics.booking.core.port.in.WebhookDraft;
import com.metalogics.booking.core.port.out.DeliveryAttempt;
import com.metalogics.booking.core.port.out.EffectStore;
import com.metalogics.booking.core.port.out.Stored;
import com.metalogics.booking.core.port.out.WebhookSubscriptionRepository;
import java.net.URI;
import java.net.URISyntaxException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;

/** The admin's webhook subscriptions: checks drafts, generates secrets, stores. */
final class WebhookService implements ManageWebhooks {

  static final int MAX_URL_LENGTH = 2000;
  static final int MIN_SECRET_LENGTH = 16;
  static final int MAX_SECRET_LENGTH = 200;

  private static final String KIND = "webhook";
  private static final SecureRandom RANDOM = new SecureRandom();

  private final WebhookSubscriptionRepository repository;
  private final WebhookPolicy policy;
  private final Clock clock;
  private final SubscriptionCache cache;
  private final EffectStore effects;
  private final ManageEffects runner;

  WebhookService(
      WebhookSubscriptionRepository repository,
      WebhookPolicy policy,
      Clock clock,
      SubscriptionCache cache,
      EffectStore effects,
      ManageEffects runner) {
    this.repository = repository;
    this.policy = policy;
    this.clock = clock;
    this.cache = cache;
    this.effects = effects;
    this.runner = runner;
  }

  @Override
  public List<Stored<WebhookSubscription>> subscriptions() {
    return repository.subscriptions();
  }

  @Override
  public Stored<WebhookSubscription> subscription(UUID id) {
    return repository
        .subscription(id)
        .orElseThrow(() -> new ResourceNotFoundException(KIND, id.toString()));
  }

  @Override
  public Stored<WebhookSubscription> create(WebhookDraft draft) {
    Checked checked = check(draft);
    String secret = draft.secret().orElseGet(WebhookService::newSecret);
    WebhookSubscription subscription =
        new WebhookSubscription(
            UUID.randomUUID(),
            checked.url(),
            checked.events(),
            secret,
            draft.active(),
            Optional.empty(),
            Optional.empty(),
            clock.instant());
    Stored<WebhookSubscription> saved = repository.save(subscription, OptionalLong.empty());
    cache.invalidate();
    return saved;
  }

  @Override
  public Stored<WebhookSubscription> replace(UUID id, WebhookDraft draft, long expectedVersion) {
    WebhookSubscription stored = subscription(id).value();
    Checked checked = check(draft);
    WebhookSubscription replaced =
        new WebhookSubscription(
            id,
            checked.url(),
            checked.events(),
            draft.secret().orElse(stored.secret()),
            draft.active(),
            Optional.empty(),
            Optional.empty(),
            stored.createdAt());
    Stored<WebhookSubscription> saved = repository.save(replaced, OptionalLong.of(expectedVersion));
    cache.invalidate();
    return saved;
  }

  @Override
  public void delete(UUID id) {
    if (!repository.delete(id)) {
      throw new ResourceNotFoundException(KIND, id.toString());
    }
    cache.invalidate();
  }

  @Override
  public List<WebhookDeliveryView> deliveries(UUID subscriptionId, int limit) {
    subscription(subscriptionId);
    List<Effect> listed = effects.effectsFor(EffectKind.WEBHOOK, subscriptionId.toString(), limit);
    Map<UUID, DeliveryAttempt> last =
        repository.lastAttempts(listed.stream().map(Effect::id).toList());
    return listed.stream()
        .map(e -> new WebhookDeliveryView(e, Optional.ofNullable(last.get(e.id()))))
        .toList();
  }

  @Override
  public WebhookDeliveryView replay(UUID deliveryId) {
    effects
        .findEffect(deliveryId)
        .filter(e -> e.kind() == EffectKind.WEBHOOK)
        .orElseThrow(
            () -> new ResourceNotFoundException("webhook delivery", deliveryId.toString()));
    Effect after = runner.retry(deliveryId);
    return new WebhookDeliveryView(after, repository.attempts(deliveryId, 1).stream().findFirst());
  }

  private record Checked(URI url, Set<WebhookEvent> events) {}

  private Checked check(WebhookDraft draft) {
    Map<String, String> problems = new LinkedHashMap<>();
    Optional<URI> url = url(draft.url(), problems);
    Set<WebhookEvent> events = events(draft.events(), problems);
    draft.secret().ifPresent(secret -> checkSecret(secret, problems));
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    return new Checked(url.orElseThrow(), events);
  }

  private Optional<URI> url(String text, Map<String, String> problems) {
    if (text.isBlank()) {
      problems.put("url", "is required");
      return Optional.empty();
    }
    if (text.length() > MAX_URL_LENGTH) {
      problems.put("url", "must be at most " + MAX_URL_LENGTH + " characters");
      return Optional.empty();
    }
    try {
      URI uri = new URI(text);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase();
      if (uri.getHost() == null || !(scheme.equals("http") || scheme.equals("https"))) {
        problems.put("url", "must be an absolute http(s) URL with a host");
      } else if (policy.httpsOnly() && !scheme.equals("https")) {
        problems.put("url", "must be https in production");
      } else if (uri.getFragment() != null) {
        problems.put("url", "must not have a fragment");
      } else {
        return Optional.of(uri);
      }
    } catch (URISyntaxException e) {
      problems.put("url", "is not a valid URL");
    }
    return Optional.empty();
  }

  private static Set<WebhookEvent> events(List<String> names, Map<String, String> problems) {
    if (names.isEmpty()) {
      problems.put("events", "must name at least one event");
    }
    Set<WebhookEvent> events = EnumSet.noneOf(WebhookEvent.class);
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i);
      Optional<WebhookEvent> event = WebhookEvent.fromWireName(name);
      if (event.isEmpty()) {
        problems.put("events[" + i + "]", "must be one of " + knownEvents());
      } else if (!events.add(event.get())) {
        problems.put("events[" + i + "]", "names '" + name + "' twice");
      }
    }
    return events;
  }

  private static String knownEvents() {
    return String.join(
        ", ", EnumSet.allOf(WebhookEvent.class).stream().map(WebhookEvent::wireName).toList());
  }

  private static void checkSecret(String secret, Map<String, String> problems) {
    if (secret.length() < MIN_SECRET_LENGTH || secret.length() > MAX_SECRET_LENGTH) {
      problems.put(
          "secret", "must be " + MIN_SECRET_LENGTH + " to " + MAX_SECRET_LENGTH + " characters");
    } else if (secret.chars().anyMatch(Character::isWhitespace)) {
      problems.put("secret", "must not contain spaces");
    } else {
      TextPolicy.SINGLE_LINE.problemWith(secret).ifPresent(p -> problems.put("secret", p));
    }
  }

  /** 32 random bytes: as strong as the HMAC-SHA256 key can use. */
  private static String newSecret() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return "whsec_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
