package com.metalogics.booking.adapter.http;

import com.metalogics.booking.adapter.http.web.WebFiles;
import io.javalin.config.JavalinConfig;

/**
 * The booking page ({@code /}), the manage page ({@code /manage/{id}}, the link in the
 * confirmation, with the manage token in the URL fragment) and the admin page ({@code /admin}),
 * plain HTML, CSS and ES modules from the classpath under {@code web/}, with a strict
 * Content-Security-Policy.
 *
 * <p>They are answered by a before-filter, not registered as routes: the route list stays the API's
 * own, exactly what the OpenAPI document describes.
 */
public final class WebPages {

  private WebPages() {}

  /**
   * Serves the pages from {@code cfg}'s server. The booking page may be framed by the sites in
   * {@code config.corsOrigins()} (the sites that embed it), or by any site when there are none.
   */
  public static void register(JavalinConfig cfg, HttpConfig config) {
    WebFiles files = new WebFiles(config.corsOrigins());
    cfg.routes.before(files::serve);
  }
}
