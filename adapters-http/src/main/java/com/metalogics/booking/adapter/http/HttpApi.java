package com.metalogics.booking.adapter.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.metalogics.booking.adapter.http.internal.AdminRoutes;
import com.metalogics.booking.adapter.http.internal.ApiMetrics;
import com.metalogics.booking.adapter.http.internal.AuditRoutes;
import com.metalogics.booking.adapter.http.internal.Auth;
import com.metalogics.booking.adapter.http.internal.BookingRoutes;
import com.metalogics.booking.adapter.http.internal.CalendarRoutes;
import com.metalogics.booking.adapter.http.internal.Cors;
import com.metalogics.booking.adapter.http.internal.ErrorAnswers;
import com.metalogics.booking.adapter.http.internal.EventTypeRoutes;
import com.metalogics.booking.adapter.http.internal.HostRoutes;
import com.metalogics.booking.adapter.http.internal.InsightsRoutes;
import com.metalogics.booking.adapter.http.internal.Json;
import com.metalogics.booking.adapter.http.internal.JsonBody;
import com.metalogics.booking.adapter.http.internal.OpsRoutes;
import com.metalogics.booking.adapter.http.internal.RateLimiter;
import com.metalogics.booking.adapter.http.internal.RequestFilters;
import com.metalogics.booking.adapter.http.internal.ScheduleRoutes;
import com.metalogics.booking.adapter.http.internal.ServerSetup;
import com.metalogics.booking.adapter.http.internal.SlotsCache;
import com.metalogics.booking.adapter.http.internal.VipRoutes;
import com.metalogics.booking.adapter.http.internal.WebhookRoutes;
import com.metalogics.booking.core.application.BookingEngine;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Handler;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.util.Objects;

/**
 * The REST API of DESIGN.md on Javalin. {@link #create} hands back a configured server that is not
 * started yet: the composition root calls {@code start(host, port)} and {@code stop()}.
 */
public final class HttpApi {

  private HttpApi() {}

  public static Javalin create(
      BookingEngine engine,
      HttpConfig config,
      Readiness readiness,
      PrometheusMeterRegistry registry,
      Clock clock) {
    return create(engine, config, readiness, registry, clock, CalendarHooks.none());
  }

  /**
   * @param calendars the real-time calendars: a change announced there drops this instance's slots
   *     answers
   */
  public static Javalin create(
      BookingEngine engine,
      HttpConfig config,
      Readiness readiness,
      PrometheusMeterRegistry registry,
      Clock clock,
      CalendarHooks calendars) {
    requireArguments(engine, config, readiness, registry, clock, calendars);
    ObjectMapper mapper = Json.mapper();
    JsonBody body = new JsonBody(mapper, config.maxBodyBytes());
    Auth auth = new Auth(config.adminApiKey());
    ApiMetrics metrics = new ApiMetrics(registry);
    RequestFilters filters = new RequestFilters(new Cors(config.corsOrigins()), body, metrics);
    SlotsCache slotsCache = slotsCache(config, clock, calendars);
    CalendarRoutes calendarRoutes =
        new CalendarRoutes(calendars.notices(), calendars.conflicts(), engine);
    BookingRoutes bookings = bookingRoutes(engine, config, clock, body, auth, metrics, slotsCache);
    AdminRoutes admin = new AdminRoutes(engine, body);
    InsightsRoutes insights = new InsightsRoutes(engine, clock);
    CatalogRoutes catalog = catalogRoutes(engine, body);
    WebhookRoutes webhooks = new WebhookRoutes(engine.manageWebhooks(), body);
    VipRoutes vip = new VipRoutes(engine.manageVipTiers(), body, config.publicBaseUrl());
    OpsRoutes ops = new OpsRoutes(readiness, registry, auth, config.metricsPublic());
    WebPages pages = new WebPages(config, engine.countTraffic());
    ErrorAnswers errors = new ErrorAnswers(metrics, pages::notFound);
    return Javalin.create(
        cfg -> {
          ServerSetup.configure(cfg, mapper, config, filters, errors);
          registerRoutes(cfg, bookings, admin, ops, auth, slotsCache);
          registerCatalogRoutes(cfg, catalog, auth, slotsCache);
          registerWebhookRoutes(cfg, webhooks, auth);
          registerVipRoutes(cfg, vip, auth, slotsCache);
          registerInsightsRoutes(cfg, insights, auth);
          registerCalendarRoutes(cfg, calendarRoutes, auth);
          pages.register(cfg);
        });
  }

  private static void requireArguments(
      BookingEngine engine,
      HttpConfig config,
      Readiness readiness,
      PrometheusMeterRegistry registry,
      Clock clock,
      CalendarHooks calendars) {
    Objects.requireNonNull(calendars, "calendars");
    Objects.requireNonNull(engine, "engine");
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(readiness, "readiness");
    Objects.requireNonNull(registry, "registry");
    Objects.requireNonNull(clock, "clock");
  }

  /** This instance's slots answers, dropped when a real-time calendar announces a change. */
  private static SlotsCache slotsCache(HttpConfig config, Clock clock, CalendarHooks calendars) {
    SlotsCache slotsCache = new SlotsCache(config.slotsCacheTtl(), clock);
    calendars.changes().subscribe(calendarId -> slotsCache.invalidate());
    return slotsCache;
  }

  private static BookingRoutes bookingRoutes(
      BookingEngine engine,
      HttpConfig config,
      Clock clock,
      JsonBody body,
      Auth auth,
      ApiMetrics metrics,
      SlotsCache slotsCache) {
    return new BookingRoutes(
        engine,
        body,
        auth,
        new RateLimiter(config.rateLimitBookingsPerMinute(), clock),
        metrics,
        slotsCache,
        config.publicBaseUrl());
  }

  private static CatalogRoutes catalogRoutes(BookingEngine engine, JsonBody body) {
    return new CatalogRoutes(
        new ScheduleRoutes(engine.manageCatalog(), body),
        new HostRoutes(engine.manageCatalog(), body),
        new EventTypeRoutes(engine.manageCatalog(), engine.eventTypes(), body),
        new AuditRoutes(engine.manageCatalog()));
  }

  /** Every route of the API; the OpenAPI document lists exactly these (a test checks it). */
  private static void registerRoutes(
      JavalinConfig cfg,
      BookingRoutes bookings,
      AdminRoutes admin,
      OpsRoutes ops,
      Auth auth,
      SlotsCache slotsCache) {
    // available-slots first: it would otherwise match /api/bookings/{id}.
    cfg.routes.get("/api/bookings/available-slots", bookings::availableSlots);
    cfg.routes.post("/api/bookings", changingSlots(slotsCache, bookings::create));
    cfg.routes.get("/api/bookings/{id}", bookings::get);
    cfg.routes.post("/api/bookings/{id}/cancel", changingSlots(slotsCache, bookings::cancel));
    cfg.routes.post("/api/bookings/{id}/sms-opt-out", bookings::optOutOfSms);
    cfg.routes.post(
        "/api/bookings/{id}/reschedule", changingSlots(slotsCache, bookings::reschedule));
    cfg.routes.get("/api/admin/bookings", adminOnly(auth, admin::list));
    cfg.routes.post("/api/admin/bookings/{id}/sync", adminOnly(auth, admin::syncOne));
    cfg.routes.post("/api/admin/sync", adminOnly(auth, admin::syncDue));
    cfg.routes.get("/api/admin/bookings/{id}/effects", adminOnly(auth, admin.effects()::list));
    cfg.routes.post("/api/admin/effects/{id}/retry", adminOnly(auth, admin.effects()::retry));
    cfg.routes.get("/api/admin/limits/{email}", adminOnly(auth, admin::getLimit));
    cfg.routes.put("/api/admin/limits/{email}", adminOnly(auth, admin::setLimit));
    cfg.routes.delete("/api/admin/limits/{email}", adminOnly(auth, admin::clearLimit));
    cfg.routes.get("/health/live", ops::live);
    cfg.routes.get("/health/ready", ops::ready);
    cfg.routes.get("/metrics", ops::metrics);
    cfg.routes.get("/openapi.json", ops::openApi);
  }

  /** The route classes of the catalog, one per resource. */
  private record CatalogRoutes(
      ScheduleRoutes schedules, HostRoutes hosts, EventTypeRoutes types, AuditRoutes audit) {}

  /**
   * Schedules, hosts, event types and their audit log. Slots answers are keyed by the catalog's
   * revision, so a change needs no invalidation here; it drops this instance's answers anyway.
   */
  private static void registerCatalogRoutes(
      JavalinConfig cfg, CatalogRoutes catalog, Auth auth, SlotsCache slotsCache) {
    cfg.routes.get("/api/event-types", catalog.types()::listActive);
    cfg.routes.get("/api/admin/schedules", adminOnly(auth, catalog.schedules()::list));
    cfg.routes.get("/api/admin/schedules/{id}", adminOnly(auth, catalog.schedules()::get));
    cfg.routes.put(
        "/api/admin/schedules/{id}",
        adminOnly(auth, changingSlots(slotsCache, catalog.schedules()::put)));
    cfg.routes.post(
        "/api/admin/schedules/{id}/blackouts/import",
        adminOnly(auth, changingSlots(slotsCache, catalog.schedules()::importBlackouts)));
    cfg.routes.get("/api/admin/event-types", adminOnly(auth, catalog.types()::list));
    cfg.routes.get("/api/admin/event-types/{slug}", adminOnly(auth, catalog.types()::get));
    cfg.routes.put(
        "/api/admin/event-types/{slug}",
        adminOnly(auth, changingSlots(slotsCache, catalog.types()::put)));
    cfg.routes.get("/api/admin/hosts", adminOnly(auth, catalog.hosts()::list));
    cfg.routes.get("/api/admin/hosts/{id}", adminOnly(auth, catalog.hosts()::get));
    cfg.routes.put(
        "/api/admin/hosts/{id}", adminOnly(auth, changingSlots(slotsCache, catalog.hosts()::put)));
    cfg.routes.get("/api/admin/audit", adminOnly(auth, catalog.audit()::list));
  }

  /** Outbound webhook subscriptions. */
  private static void registerWebhookRoutes(JavalinConfig cfg, WebhookRoutes webhooks, Auth auth) {
    cfg.routes.get("/api/admin/webhooks", adminOnly(auth, webhooks::list));
    cfg.routes.post("/api/admin/webhooks", adminOnly(auth, webhooks::create));
    cfg.routes.get("/api/admin/webhooks/{id}", adminOnly(auth, webhooks::get));
    cfg.routes.put("/api/admin/webhooks/{id}", adminOnly(auth, webhooks::put));
    cfg.routes.delete("/api/admin/webhooks/{id}", adminOnly(auth, webhooks::delete));
    cfg.routes.get("/api/admin/webhooks/{id}/deliveries", adminOnly(auth, webhooks::deliveries));
    cfg.routes.post("/api/admin/webhook-deliveries/{id}/replay", adminOnly(auth, webhooks::replay));
  }

  /** VIP tiers and links. A tier change moves the catalog revision, as any catalog change does. */
  private static void registerVipRoutes(
      JavalinConfig cfg, VipRoutes vip, Auth auth, SlotsCache slotsCache) {
    cfg.routes.get("/api/admin/vip-tiers", adminOnly(auth, vip::list));
    cfg.routes.get("/api/admin/vip-tiers/{id}", adminOnly(auth, vip::get));
    cfg.routes.put(
        "/api/admin/vip-tiers/{id}", adminOnly(auth, changingSlots(slotsCache, vip::put)));
    cfg.routes.post("/api/admin/vip-links", adminOnly(auth, vip::createLink));
  }

  /** The admin's insights, and the no-show mark they count. */
  private static void registerInsightsRoutes(
      JavalinConfig cfg, InsightsRoutes insights, Auth auth) {
    cfg.routes.get("/api/admin/insights", adminOnly(auth, insights::get));
    cfg.routes.post("/api/admin/bookings/{id}/no-show", adminOnly(auth, insights::noShow));
  }

  /** Google's push notifications (checked by channel token, not the admin key) and conflicts. */
  private static void registerCalendarRoutes(
      JavalinConfig cfg, CalendarRoutes calendars, Auth auth) {
    cfg.routes.post("/api/webhooks/google", calendars::google);
    cfg.routes.get("/api/admin/conflicts", adminOnly(auth, calendars::conflicts));
  }

  private static Handler adminOnly(Auth auth, Handler handler) {
    return ctx -> {
      auth.requireAdmin(ctx);
      handler.handle(ctx);
    };
  }

  /**
   * A route that may change which slots are free. The cached answers are dropped also after a
   * failure: the booking may be stored although the answer is an error.
   */
  private static Handler changingSlots(SlotsCache slotsCache, Handler handler) {
    return ctx -> {
      try {
        handler.handle(ctx);
      } finally {
        slotsCache.invalidate();
      }
    };
  }
}
