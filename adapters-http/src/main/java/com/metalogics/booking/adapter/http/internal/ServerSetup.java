package com.metalogics.booking.adapter.http.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.metalogics.booking.adapter.http.HttpConfig;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Handler;
import io.javalin.http.HttpResponseException;
import io.javalin.json.JavalinJackson;
import io.javalin.router.Endpoint;

/**
 * The server under the routes: Jetty's limits and error pages, the request filters, the error
 * answers, and the route name every request is counted and logged under.
 */
public final class ServerSetup {

  private ServerSetup() {}

  public static void configure(
      JavalinConfig cfg,
      ObjectMapper mapper,
      HttpConfig config,
      RequestFilters filters,
      ErrorAnswers errors) {
    cfg.jsonMapper(new JavalinJackson(mapper, false));
    cfg.http.maxRequestSize = config.maxBodyBytes();
    cfg.http.prefer405over404 = true;
    cfg.startup.showJavalinBanner = false;
    cfg.jetty.modifyServer(
        server -> {
          server.setErrorHandler(new JsonErrorHandler(mapper));
          server.addBean(new RequestHeadTimeout(server, config.requestHeadTimeout()));
        });
    // Jetty writes through any write above 8 KiB (a quarter of its buffer) at once, in chunked
    // encoding: a 30-day slots answer (28 KB) went out in several chunks and system calls.
    // Gathering up to the whole buffer sends it in one piece, with a Content-Length.
    cfg.jetty.modifyHttpConfiguration(
        http -> http.setOutputAggregationSize(http.getOutputBufferSize()));
    cfg.router.handlerWrapper(ServerSetup::namedRoute);
    cfg.requestLogger.http(filters::completed);
    cfg.routes.before(filters::before);
    cfg.routes.exception(Exception.class, errors::exception);
    // Javalin answers its own refusals (unknown route, wrong method) in plain text unless a handler
    // claims their exception type itself; a handler for Exception alone does not.
    cfg.routes.exception(HttpResponseException.class, errors::exception);
    for (int status : new int[] {400, 404, 405, 413, 415, 500}) {
      cfg.routes.error(status, errors::bareStatus);
    }
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
}
