package com.metalogics.booking.adapter.http.internal;

import io.javalin.http.Context;
import java.util.List;
import java.util.Set;

/** CORS for an allow-list of origins; other origins get no CORS headers at all. */
public final class Cors {

  private static final String ALLOWED_METHODS = "GET, POST, PUT, DELETE, OPTIONS";
  private static final String ALLOWED_HEADERS =
      "Authorization, Content-Type, Idempotency-Key, X-Request-Id";
  private static final String EXPOSED_HEADERS = "X-Request-Id, Retry-After";

  private final Set<String> origins;

  public Cors(List<String> origins) {
    this.origins = Set.copyOf(origins);
  }

  /**
   * Adds the headers for an allowed origin; true when the request was a preflight, now answered.
   */
  public boolean apply(Context ctx) {
    String origin = ctx.header("Origin");
    boolean allowed = origin != null && origins.contains(origin);
    if (allowed) {
      ctx.header("Access-Control-Allow-Origin", origin);
      ctx.header("Access-Control-Expose-Headers", EXPOSED_HEADERS);
    }
    ctx.header("Vary", "Origin");
    boolean preflight =
        "OPTIONS".equals(ctx.method().name())
            && ctx.header("Access-Control-Request-Method") != null;
    if (preflight) {
      if (allowed) {
        ctx.header("Access-Control-Allow-Methods", ALLOWED_METHODS);
        ctx.header("Access-Control-Allow-Headers", ALLOWED_HEADERS);
        ctx.header("Access-Control-Max-Age", "600");
      }
      ctx.status(204);
    }
    return preflight;
  }
}
