package com.metalogics.booking.adapter.http.internal;

import com.metalogics.booking.core.domain.EventType;
import com.metalogics.booking.core.port.in.ListEventTypes;
import com.metalogics.booking.core.port.in.ManageCatalog;
import com.metalogics.booking.core.port.out.Stored;
import io.javalin.http.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Event types: the admin's list, read, create or replace; the visitors' list of active ones. */
public final class EventTypeRoutes {

  private static final Logger log = LoggerFactory.getLogger(EventTypeRoutes.class);

  private final ManageCatalog catalog;
  private final ListEventTypes active;
  private final JsonBody body;

  public EventTypeRoutes(ManageCatalog catalog, ListEventTypes active, JsonBody body) {
    this.catalog = catalog;
    this.active = active;
    this.body = body;
  }

  /** Public: what a visitor may book. */
  public void listActive(Context ctx) {
    Envelope.ok(ctx, active.activeEventTypes().stream().map(EventTypeJson::publicView).toList());
  }

  public void list(Context ctx) {
    Envelope.ok(ctx, catalog.eventTypes().stream().map(EventTypeJson::view).toList());
  }

  public void get(Context ctx) {
    Envelope.ok(ctx, EventTypeJson.view(catalog.eventType(slug(ctx))));
  }

  public void put(Context ctx) {
    String slug = slug(ctx);
    EventTypeJson.Parsed parsed = EventTypeJson.parse(body.required(ctx), slug, catalog);
    Stored<EventType> saved =
        catalog.saveEventType(parsed.type(), parsed.version(), Auth.ADMIN_ACTOR);
    log.info("event type {} saved, version {}", slug, saved.version());
    Envelope.send(ctx, parsed.version().isEmpty() ? 201 : 200, EventTypeJson.view(saved));
  }

  private static String slug(Context ctx) {
    return CatalogFields.pathKey(ctx.pathParam("slug"), "slug");
  }
}
