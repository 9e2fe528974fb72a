package com.metalogics.booking.core.domain;

/**
 * How strict the service is about where webhooks go. In production every URL must be {@code https},
 * and a URL that resolves to a loopback, link-local or private address is never called (checked
 * when sending, as a name can resolve elsewhere later); development allows both, for receivers on
 * the same machine.
 */
public record WebhookPolicy(boolean httpsOnly, boolean privateTargetsAllowed) {

  public static WebhookPolicy production() {
    return new WebhookPolicy(true, false);
  }

  public static WebhookPolicy development() {
    return new WebhookPolicy(false, true);
  }
}
