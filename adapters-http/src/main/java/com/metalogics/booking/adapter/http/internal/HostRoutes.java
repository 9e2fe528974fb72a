package com.metalogics.booking.adapter.http.internal;

import com.metalogics.booking.core.domain.Host;
import com.metalogics.booking.core.port.in.ManageCatalog;
import com.metalogics.booking.core.port.out.Stored;
import io.javalin.http.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The admin's hosts: list, read, create or replace. */
public final class HostRoutes {

  private static final Logger log = LoggerFactory.getLogger(HostRoutes.class);

  private final ManageCatalog catalog;
  private final JsonBody body;

  public HostRoutes(ManageCatalog catalog, JsonBody body) {
    this.catalog = catalog;
    this.body = body;
  }

  public void list(Context ctx) {
    Envelope.ok(ctx, catalog.hosts().stream().map(HostJson::view).toList());
  }

  public void get(Context ctx) {
    Envelope.ok(ctx, HostJson.view(catalog.host(id(ctx))));
  }

  public void put(Context ctx) {
    String id = id(ctx);
    HostJson.Parsed parsed = HostJson.parse(body.required(ctx), id, catalog);
    Stored<Host> saved = catalog.saveHost(parsed.host(), parsed.version(), Auth.ADMIN_ACTOR);
    log.info("host {} saved, version {}", id, saved.version());
    Envelope.send(ctx, parsed.version().isEmpty() ? 201 : 200, HostJson.view(saved));
  }

  private static String id(Context ctx) {
    return CatalogFields.pathKey(ctx.pathParam("id"), "id");
  }
}
