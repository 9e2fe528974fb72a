package com.metalogics.booking.core.port.in;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A subscription as an admin writes it, unchecked: {@link ManageWebhooks} names every problem.
 *
 * @param events wire names ({@code booking.created})
 * @param secret the signing secret; absent to have one generated (creating) or keep the stored one
 *     (replacing)
 */
public record WebhookDraft(
    String url, List<String> events, Optional<String> secret, boolean active) {

  public WebhookDraft {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(secret, "secret");
    events = List.copyOf(events);
  }
}
