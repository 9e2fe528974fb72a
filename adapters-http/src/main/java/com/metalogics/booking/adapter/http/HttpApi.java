package com.metalogics.booking.adapter.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.metalogics.booking.adapter.http.internal.AdminRoutes;
import com.metalogics.booking.adapter.http.internal.ApiMetrics;
import com.metalogics.booking.adapter.http.internal.Auth;
import com.metalogics.booking.adapter.http.internal.BookingRoutes;
import com.metalogics.booking.adapter.http.internal.Cors;
import com.metalogics.booking.adapter.http.internal.Envelope;
import com.metalogics.booking.adapter.http.internal.ErrorMapper;
import com.metalogics.booking.adapter.http.internal.Json;
import com.metalogics.booking.adapter.http.internal.JsonBody;
import com.metalogics.booking.adapter.http.internal.JsonErrorHandler;
import com.metalogics.booking.adapter.http.internal.OpsRoutes;
import com.metalogics.booking.adapter.http.internal.RateLimiter;
import com.metalogics.booking.adapter.http.internal.RequestFilters;
import com.metalogics.booking.adapter.http.internal.SlotsCache;
import com.metalogics.booking.core.application.BookingEngine;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.json.JavalinJackson;
import io.javalin.router.Endpoint;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The REST API of DESIGN.md on Javalin. {@link #create} hands back a configured server that is not
 * started yet: the composition root calls {@code start(host, port)} and {@code stop()}.
 */
public final class HttpApi {

  private static final Logger log = LoggerFactory.getLogger(HttpApi.class);
  private static final String ANSWERED = "booking.errorAnswered";

  private HttpApi() {}

  public static Javalin create(
      BookingEngine engine,
      HttpConfig config,
      Readiness readiness,
      PrometheusMeterRegistry registry,
      Clock clock) {
    Objects.requireNonNull(engine, "engine");
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(readiness, "readiness");
    Objects.requireNonNull(registry, "registry");
    Objects.requireNonNull(clock, "clock");
    ObjectMapper mapper = Json.mapper();
    JsonBody body = new JsonBody(mapper, config.maxBodyBytes());
    Auth auth = new Auth(config.adminApiKey());
    ApiMetrics metrics = new ApiMetrics(registry);
    RequestFilters filters = new RequestFilters(new Cors(config.corsOrigins()), body, metrics);
    BookingRoutes bookings =
        new BookingRoutes(
            engine,
            body,
            auth,
            new RateLimiter(config.rateLimitBookingsPerMinute(), clock),
            metrics,
            new SlotsCache(config.slotsCacheTtl(), clock));
    AdminRoutes admin = new AdminRoutes(engine, body);
    OpsRoutes ops = new OpsRoutes(readiness, registry, auth, config.metricsPublic());
    return Javalin.create(
        cfg -> {
          configureServer(cfg, mapper, config, filters);
          registerRoutes(cfg, bookings, admin, ops, auth);
          WebPages.register(cfg, config);
        });
  }

  private static void configureServer(
      JavalinConfig cfg, ObjectMapper mapper, HttpConfig config, RequestFilters filters) {
    cfg.jsonMapper(new JavalinJackson(mapper, false));
    cfg.http.maxRequestSize = config.maxBodyBytes();
    cfg.http.prefer405over404 = true;
    cfg.startup.showJavalinBanner = false;
    cfg.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorHandler(mapper)));
    // Jetty writes through any write above 8 KiB (a quarter of its buffer) at once, in chunked
    // encoding: a 30-day slots answer (28 KB) went out in several chunks and system calls.
    // Gathering
    // up to the whole buffer sends it in one piece, with a Content-Length.
    cfg.jetty.modifyHttpConfiguration(
        http -> http.setOutputAggregationSize(http.getOutputBufferSize()));
    cfg.router.handlerWrapper(HttpApi::namedRoute);
    cfg.requestLogger.http(filters::completed);
    cfg.routes.before(filters::before);
    cfg.routes.exception(Exception.class, (e, ctx) -> answerError(e, ctx));
    // Javalin answers unknown routes and wrong methods itself, in plain text; re-answer those.
    for (int status : new int[] {400, 404, 405, 413, 415, 500}) {
      cfg.routes.error(status, HttpApi::answerBareStatus);
    }
  }

  /** Every route of the API; the OpenAPI document lists exactly these (a test checks it). */
  private static void registerRoutes(
      JavalinConfig cfg, BookingRoutes bookings, AdminRoutes admin, OpsRoutes ops, Auth auth) {
    // available-slots first: it would otherwise match /api/bookings/{id}.
    cfg.routes.get("/api/bookings/available-slots", bookings::availableSlots);
    cfg.routes.post("/api/bookings", bookings::create);
    cfg.routes.get("/api/bookings/{id}", bookings::get);
    cfg.routes.post("/api/bookings/{id}/cancel", bookings::cancel);
    cfg.routes.post("/api/bookings/{id}/reschedule", bookings::reschedule);
    cfg.routes.get("/api/admin/bookings", adminOnly(auth, admin::list));
    cfg.routes.post("/api/admin/bookings/{id}/sync", adminOnly(auth, admin::syncOne));
    cfg.routes.post("/api/admin/sync", adminOnly(auth, admin::syncDue));
    cfg.routes.get("/api/admin/limits/{email}", adminOnly(auth, admin::getLimit));
    cfg.routes.put("/api/admin/limits/{email}", adminOnly(auth, admin::setLimit));
    cfg.routes.delete("/api/admin/limits/{email}", adminOnly(auth, admin::clearLimit));
    cfg.routes.get("/health/live", ops::live);
    cfg.routes.get("/health/ready", ops::ready);
    cfg.routes.get("/metrics", ops::metrics);
    cfg.routes.get("/openapi.json", ops::openApi);
  }

  private static Handler adminOnly(Auth auth, Handler handler) {
    return ctx -> {
      auth.requireAdmin(ctx);
      handler.handle(ctx);
    };
  }

  private static Handler namedRoute(Endpoint endpoint) {
    if (!endpoint.method.isHttpMethod()) {
      return endpoint.handler;
    }
    return ctx -> {
      RequestFilters.matched(ctx, endpoint.path);
      endpoint.handler.handle(ctx);
    };
  }

  private static void answerBareStatus(Context ctx) {
    if (ctx.attribute(ANSWERED) == null) {
      answer(ErrorMapper.forStatus(ctx.statusCode()), ctx, null);
    }
  }

  private static void answerError(Exception error, Context ctx) {
    answer(ErrorMapper.map(error), ctx, error);
  }

  private static void answer(ErrorMapper.Mapped mapped, Context ctx, Exception error) {
    ctx.attribute(ANSWERED, Boolean.TRUE);
    String requestId = RequestFilters.requestId(ctx);
    if (mapped.internal()) {
      log.error("request {} failed", requestId, error);
    }
    ctx.header(RequestFilters.REQUEST_ID_HEADER, requestId);
    mapped.headers().forEach(ctx::header);
    Envelope.write(ctx, mapped.status(), ErrorMapper.envelope(mapped, requestId));
  }
}
