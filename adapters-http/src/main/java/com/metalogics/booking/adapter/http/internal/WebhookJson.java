package com.metalogics.booking.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.metalogics.booking.core.domain.ValidationException;
import com.metalogics.booking.core.domain.WebhookEvent;
import com.metalogics.booking.core.domain.WebhookSubscription;
import com.metalogics.booking.core.port.in.WebhookDraft;
import com.metalogics.booking.core.port.out.Stored;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A webhook subscription as the admin API shows and takes it: {@code {id, url, events, active,
 * paused, pausedAt, failingSince, createdAt, version}}. The {@code secret} is write-only: only the
 * answer that created the subscription shows it, once.
 */
final class WebhookJson {

  private WebhookJson() {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record WebhookView(
      String id,
      String url,
      List<String> events,
      boolean active,
      boolean paused,
      Instant pausedAt,
      Instant failingSince,
      Instant createdAt,
      String secret,
      long version) {}

  /** A draft read from a body, with the version a replacement names. */
  record Parsed(WebhookDraft draft, OptionalLong version) {}

  static WebhookView view(Stored<WebhookSubscription> stored) {
    return view(stored, false);
  }

  /** The answer to a create: the only one that shows the secret. */
  static WebhookView created(Stored<WebhookSubscription> stored) {
    return view(stored, true);
  }

  private static WebhookView view(Stored<WebhookSubscription> stored, boolean withSecret) {
    WebhookSubscription s = stored.value();
    return new WebhookView(
        s.id().toString(),
        s.url().toString(),
        s.events().stream().sorted().map(WebhookEvent::wireName).toList(),
        s.active(),
        s.paused(),
        s.pausedAt().orElse(null),
        s.failingSince().orElse(null),
        s.createdAt(),
        withSecret ? s.secret() : null,
        stored.version());
  }

  static Parsed parse(JsonNode body) {
    CatalogFields f = new CatalogFields();
    String url = f.requiredText(body, "url", "url");
    List<String> events = new ArrayList<>();
    Optional<List<JsonNode>> array = f.array(body, "events", "events");
    if (array.isEmpty() && !f.has("events")) {
      f.problem("events", "is required");
    }
    array.ifPresent(
        elements -> {
          for (int i = 0; i < elements.size(); i++) {
            if (elements.get(i).isTextual()) {
              events.add(elements.get(i).textValue());
            } else {
              f.problem("events[" + i + "]", "must be a string");
            }
          }
        });
    Optional<String> secret = f.text(body, "secret", "secret");
    boolean active = f.bool(body, "active", "active").orElse(true);
    OptionalLong version = f.version(body);
    WebhookDraft draft =
        f.build(() -> new WebhookDraft(url, events, secret, active), java.util.Map::of);
    return new Parsed(draft, version);
  }

  /** A replacement must name the version it replaces. */
  static long requiredVersion(Parsed parsed) {
    return parsed
        .version()
        .orElseThrow(
            () -> ValidationException.ofField("version", "is required to replace a webhook"));
  }
}
