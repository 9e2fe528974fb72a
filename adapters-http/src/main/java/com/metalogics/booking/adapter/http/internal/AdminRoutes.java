package com.metalogics.booking.adapter.http.internal;

import com.metalogics.booking.core.application.BookingEngine;
import com.metalogics.booking.core.domain.EmailAddress;
import com.metalogics.booking.core.domain.EnabledIntegrations;
import com.metalogics.booking.core.port.in.SyncOutcome;
import com.metalogics.booking.core.port.in.SyncReport;
import com.metalogics.booking.core.port.in.Warning;
import com.metalogics.booking.core.port.out.BookingCursor;
import com.metalogics.booking.core.port.out.BookingPage;
import com.metalogics.booking.core.port.out.BookingQuery;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The admin API: the list, sync now, and frequency-limit overrides. All need the admin key. */
public final class AdminRoutes {

  private static final Logger log = LoggerFactory.getLogger(AdminRoutes.class);

  private final BookingEngine engine;
  private final JsonBody body;
  private final EffectRoutes effects;

  public AdminRoutes(BookingEngine engine, JsonBody body) {
    this.engine = engine;
    this.body = body;
    this.effects = new EffectRoutes(engine.manageEffects());
  }

  /** A booking's effects and their retry. */
  public EffectRoutes effects() {
    return effects;
  }

  /** A page of the list; the cursors are null at either end, {@code total} counts every match. */
  record BookingList(
      List<BookingJson.BookingView> bookings, String nextCursor, String prevCursor, int total) {}

  record SyncOne(BookingJson.BookingView booking, boolean complete, List<Warning> warnings) {}

  record LimitOverride(String email, Integer maxBookings, int defaultMaxBookings) {}

  public void list(Context ctx) {
    BookingQuery query = BookingListParams.parse(ctx, engine.rules().businessHours().zone());
    BookingPage page = engine.listBookings().handle(query);
    EnabledIntegrations integrations = engine.integrations();
    var hosts = BookingJson.hosts(engine.manageCatalog());
    List<BookingJson.BookingView> views =
        page.bookings().stream().map(b -> BookingJson.view(b, integrations, hosts, true)).toList();
    Envelope.ok(
        ctx,
        new BookingList(
            views,
            page.next().map(BookingCursor::encode).orElse(null),
            page.previous().map(BookingCursor::encode).orElse(null),
            page.total()));
  }

  public void syncOne(Context ctx) {
    UUID id = Params.bookingId(ctx);
    SyncOutcome outcome = engine.syncBookings().syncOne(id);
    log.info("admin sync of booking {}: complete={}", id, outcome.complete());
    Envelope.ok(
        ctx,
        new SyncOne(
            BookingJson.view(
                outcome.booking(),
                engine.integrations(),
                BookingJson.hosts(engine.manageCatalog())),
            outcome.complete(),
            outcome.warnings()));
  }

  public void syncDue(Context ctx) {
    SyncReport report = engine.syncBookings().syncDue();
    log.info("admin sync run: {}", report);
    Envelope.ok(ctx, report);
  }

  public void getLimit(Context ctx) {
    String email = ctx.pathParam("email");
    Optional<Integer> override = engine.limitOverrides().find(email);
    Envelope.ok(ctx, limitView(email, override));
  }

  public void setLimit(Context ctx) {
    String email = ctx.pathParam("email");
    Fields fields = new Fields(body.required(ctx));
    Optional<Integer> max = fields.integer("maxBookings");
    fields.requireAll(Map.of("maxBookings", max));
    engine.limitOverrides().set(email, max.get());
    log.info("limit override for {} set to {}", EmailAddress.mask(email), max.get());
    Envelope.ok(ctx, limitView(email, max));
  }

  public void clearLimit(Context ctx) {
    String email = ctx.pathParam("email");
    engine.limitOverrides().clear(email);
    log.info("limit override for {} cleared", EmailAddress.mask(email));
    Envelope.ok(ctx, limitView(email, Optional.empty()));
  }

  private LimitOverride limitView(String email, Optional<Integer> override) {
    return new LimitOverride(
        EmailAddress.normalize(email), override.orElse(null), engine.rules().maxBookingsPerEmail());
  }
}
