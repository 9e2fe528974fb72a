package com.metalogics.booking.adapter.http.internal;

import com.metalogics.booking.core.domain.CatalogItem;
import com.metalogics.booking.core.domain.CatalogKind;
import com.metalogics.booking.core.domain.EventType;
import com.metalogics.booking.core.domain.Host;
import com.metalogics.booking.core.domain.Schedule;
import com.metalogics.booking.core.domain.ValidationException;
import com.metalogics.booking.core.domain.VipTier;
import com.metalogics.booking.core.port.in.ManageCatalog;
import com.metalogics.booking.core.port.out.AuditEntry;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;

/**
 * The catalog's audit log, newest first: when, which admin key, what, and the item before and after
 * in the shapes of its own routes (without versions). Filter {@code kind} ({@code schedule}, {@code
 * host}, {@code event-type}), at most {@code limit} entries (default 50).
 */
public final class AuditRoutes {

  static final int DEFAULT_LIMIT = 50;

  private final ManageCatalog catalog;

  public AuditRoutes(ManageCatalog catalog) {
    this.catalog = catalog;
  }

  record AuditView(Instant at, String actor, String kind, String id, Object before, Object after) {}

  public void list(Context ctx) {
    Optional<CatalogKind> kind = Params.query(ctx, "kind").map(AuditRoutes::kind);
    int limit = Params.query(ctx, "limit").map(AuditRoutes::limit).orElse(DEFAULT_LIMIT);
    Envelope.ok(ctx, catalog.audit(kind, limit).stream().map(AuditRoutes::view).toList());
  }

  private static AuditView view(AuditEntry entry) {
    return new AuditView(
        entry.at(),
        entry.actor(),
        entry.kind().label(),
        entry.key(),
        entry.before().map(AuditRoutes::itemView).orElse(null),
        itemView(entry.after()));
  }

  private static Object itemView(CatalogItem item) {
    if (item instanceof Schedule schedule) {
      return ScheduleJson.view(schedule, null);
    }
    if (item instanceof Host host) {
      return HostJson.view(host, null);
    }
    if (item instanceof EventType type) {
      return EventTypeJson.view(type, null);
    }
    return VipTierJson.view((VipTier) item, null);
  }

  private static CatalogKind kind(String label) {
    return Arrays.stream(CatalogKind.values())
        .filter(k -> k.label().equals(label))
        .findFirst()
        .orElseThrow(
            () ->
                ValidationException.ofField(
                    "kind", "must be schedule, host, event-type or vip-tier"));
  }

  private static int limit(String text) {
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw ValidationException.ofField("limit", "must be a whole number");
    }
  }
}
