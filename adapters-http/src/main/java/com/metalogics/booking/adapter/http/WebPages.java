package com.metalogics.booking.adapter.http;

import com.metalogics.booking.adapter.http.internal.BookingRoutes;
import com.metalogics.booking.adapter.http.web.WebFiles;
import com.metalogics.booking.core.port.in.CountTraffic;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;

/**
 * The booking page ({@code /}), the manage page ({@code /manage/{id}}, the link in the
 * confirmation, with the manage token in the URL fragment), the admin pages ({@code /admin} for
 * bookings, {@code /admin/catalog} for event types and schedules) and the page for unknown
 * addresses: plain HTML, CSS and ES modules from the classpath under {@code web/}, with a strict
 * Content-Security-Policy.
 *
 * <p>They are answered by a before-filter, not registered as routes: the route list stays the API's
 * own, exactly what the OpenAPI document describes.
 */
final class WebPages {

  private final WebFiles files;

  /**
   * The booking page may be framed by the sites in {@code config.corsOrigins()} (the sites that
   * embed it), or by any site when there are none.
   */
  WebPages(HttpConfig config, CountTraffic traffic) {
    this.files =
        new WebFiles(
            config.corsOrigins(),
            (slug, ctx) -> traffic.pageViewed(slug, ctx.ip(), BookingRoutes.userAgent(ctx)));
  }

  /** Serves the pages from {@code cfg}'s server. */
  void register(JavalinConfig cfg) {
    cfg.routes.before(files::serve);
  }

  /**
   * Answers a browser's request for a page that does not exist with an HTML 404 page; false for API
   * paths and clients that did not ask for HTML, which get the JSON envelope.
   */
  boolean notFound(Context ctx) {
    return files.notFound(ctx);
  }
}
