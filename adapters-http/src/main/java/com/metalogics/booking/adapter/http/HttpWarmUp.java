package com.metalogics.booking.adapter.http;

import com.metalogics.booking.adapter.http.internal.Json;
import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Runs the HTTP stack once on a throwaway loopback server: loading and initialising Javalin, Jetty
 * and Jackson is a third of a start, and done here, on another core while the database opens, the
 * real server starts and answers its first request without it.
 */
public final class HttpWarmUp {

  private static final byte[] REQUEST =
      "GET /warm-up HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
          .getBytes(StandardCharsets.US_ASCII);

  private HttpWarmUp() {}

  public static void run() {
    Javalin server =
        Javalin.create(
            cfg -> {
              cfg.startup.showJavalinBanner = false;
              cfg.jsonMapper(new JavalinJackson(Json.mapper(), false));
              cfg.routes.get("/warm-up", ctx -> ctx.json(Map.of("ready", true)));
            });
    InetAddress loopback = InetAddress.getLoopbackAddress();
    server.start(loopback.getHostAddress(), 0);
    try (Socket socket = new Socket(loopback, server.port())) {
      OutputStream out = socket.getOutputStream();
      out.write(REQUEST);
      out.flush();
      InputStream in = socket.getInputStream();
      in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("the warm-up request failed", e);
    } finally {
      server.stop();
    }
  }
}
