package com.metalogics.booking.adapter.http.internal;

import com.metalogics.booking.core.domain.ResourceNotFoundException;
import com.metalogics.booking.core.domain.ValidationException;
import com.metalogics.booking.core.domain.WebhookSubscription;
import com.metalogics.booking.core.port.in.ManageWebhooks;
import com.metalogics.booking.core.port.in.WebhookDeliveryView;
import com.metalogics.booking.core.port.out.Stored;
import io.javalin.http.Context;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The admin's webhook subscriptions (list, create, read, replace, delete) and deliveries. */
public final class WebhookRoutes {

  private static final Logger log = LoggerFactory.getLogger(WebhookRoutes.class);
  private static final Pattern UUID_SHAPE =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  static final int DEFAULT_LIMIT = 50;
  static final int MAX_LIMIT = 200;

  private final ManageWebhooks webhooks;
  private final JsonBody body;

  public WebhookRoutes(ManageWebhooks webhooks, JsonBody body) {
    this.webhooks = webhooks;
    this.body = body;
  }

  public void list(Context ctx) {
    Envelope.ok(ctx, webhooks.subscriptions().stream().map(WebhookJson::view).toList());
  }

  public void create(Context ctx) {
    WebhookJson.Parsed parsed = WebhookJson.parse(body.required(ctx));
    Stored<WebhookSubscription> created = webhooks.create(parsed.draft());
    log.info("webhook {} created for {}", created.value().id(), created.value().url().getHost());
    Envelope.send(ctx, 201, WebhookJson.created(created));
  }

  public void get(Context ctx) {
    Envelope.ok(ctx, WebhookJson.view(webhooks.subscription(id(ctx))));
  }

  public void put(Context ctx) {
    UUID id = id(ctx);
    WebhookJson.Parsed parsed = WebhookJson.parse(body.required(ctx));
    Stored<WebhookSubscription> saved =
        webhooks.replace(id, parsed.draft(), WebhookJson.requiredVersion(parsed));
    log.info("webhook {} replaced, version {}", id, saved.version());
    Envelope.ok(ctx, WebhookJson.view(saved));
  }

  public void delete(Context ctx) {
    UUID id = id(ctx);
    webhooks.delete(id);
    log.info("webhook {} deleted", id);
    Envelope.ok(ctx, Map.of("id", id.toString(), "deleted", true));
  }

  /** {@code ?limit=} 1 to 200, 50 by default: the newest deliveries first. */
  public void deliveries(Context ctx) {
    int limit = Params.query(ctx, "limit").map(WebhookRoutes::limit).orElse(DEFAULT_LIMIT);
    Envelope.ok(ctx, webhooks.deliveries(id(ctx), limit).stream().map(DeliveryJson::view).toList());
  }

  /** Sends one delivery again now, with its event id, and answers it as it stands after. */
  public void replay(Context ctx) {
    UUID delivery = uuid(ctx, "webhook delivery");
    WebhookDeliveryView after = webhooks.replay(delivery);
    log.info("webhook delivery {} replayed: {}", delivery, after.effect().state());
    Envelope.ok(ctx, DeliveryJson.view(after));
  }

  private static int limit(String text) {
    try {
      int limit = Integer.parseInt(text);
      if (limit >= 1 && limit <= MAX_LIMIT) {
        return limit;
      }
    } catch (NumberFormatException e) {
      // answered below, as a number out of range is
    }
    throw ValidationException.ofField("limit", "must be a whole number from 1 to " + MAX_LIMIT);
  }

  /** Anything that is not a UUID names no subscription. */
  static UUID id(Context ctx) {
    return uuid(ctx, "webhook");
  }

  private static UUID uuid(Context ctx, String kind) {
    String raw = ctx.pathParam("id");
    if (!UUID_SHAPE.matcher(raw).matches()) {
      throw new ResourceNotFoundException(kind, CatalogFields.pathKey(raw, "id"));
    }
    return UUID.fromString(raw);
  }
}
