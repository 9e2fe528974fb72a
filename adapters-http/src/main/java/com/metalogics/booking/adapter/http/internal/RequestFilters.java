package com.metalogics.booking.adapter.http.internal;

import io.javalin.http.Context;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * What every request goes through: a request id (accepted or made, echoed, in the MDC and in every
 * error), CORS, the body-size check, and one timed log line.
 */
public final class RequestFilters {

  public static final String REQUEST_ID_HEADER = "X-Request-Id";
  public static final String MDC_KEY = "requestId";

  private static final Logger log = LoggerFactory.getLogger("com.metalogics.booking.http.access");
  private static final Pattern SANE_ID = Pattern.compile("[A-Za-z0-9._-]{1,100}");
  private static final String STARTED = "booking.started";
  private static final String ROUTE = "booking.route";
  private static final String UNMATCHED = "unmatched";

  private final Cors cors;
  private final JsonBody body;
  private final ApiMetrics metrics;

  public RequestFilters(Cors cors, JsonBody body, ApiMetrics metrics) {
    this.cors = cors;
    this.body = body;
    this.metrics = metrics;
  }

  public void before(Context ctx) {
    ctx.attribute(STARTED, System.nanoTime());
    String requestId = requestIdOf(ctx);
    ctx.attribute(MDC_KEY, requestId);
    MDC.put(MDC_KEY, requestId);
    ctx.header(REQUEST_ID_HEADER, requestId);
    if (cors.apply(ctx)) {
      ctx.skipRemainingHandlers();
      return;
    }
    body.checkDeclaredLength(ctx);
  }

  /** Remembers the matched route template: metrics and logs never see the raw path. */
  public static void matched(Context ctx, String route) {
    ctx.attribute(ROUTE, route);
  }

  /** Javalin's request logger: runs once per request, after the response is complete. */
  public void completed(Context ctx, Float millis) {
    String route = routeOf(ctx);
    Long started = ctx.attribute(STARTED);
    long nanos = started == null ? 0 : System.nanoTime() - started;
    metrics.request(ctx.method().name(), route, ctx.statusCode(), nanos);
    log.info("{} {} -> {} in {} ms", ctx.method().name(), route, ctx.statusCode(), millis);
    MDC.remove(MDC_KEY);
  }

  /** True while no route (and no page) has claimed the request. */
  public static boolean unmatched(Context ctx) {
    return ctx.attribute(ROUTE) == null;
  }

  public static String requestId(Context ctx) {
    String id = ctx.attribute(MDC_KEY);
    return id == null ? requestIdOf(ctx) : id;
  }

  private static String routeOf(Context ctx) {
    String route = ctx.attribute(ROUTE);
    return route == null ? UNMATCHED : route;
  }

  private static String requestIdOf(Context ctx) {
    String offered = ctx.header(REQUEST_ID_HEADER);
    return offered != null && SANE_ID.matcher(offered).matches() ? offered : newRequestId();
  }

  /**
   * A random (version 4) UUID. Request ids correlate logs and answers, they guard nothing, so they
   * come from ThreadLocalRandom: UUID.randomUUID's SecureRandom is one lock shared by every
   * request.
   */
  static String newRequestId() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    long high = (random.nextLong() & ~0xF000L) | 0x4000L;
    long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return new UUID(high, low).toString();
  }
}
