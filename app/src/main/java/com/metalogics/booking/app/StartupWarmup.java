package com.metalogics.booking.app;

import io.javalin.Javalin;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Start-up is mostly class loading, and the database migration keeps one core busy. Meanwhile this
 * serves one JSON request through a throw-away Javalin on a loopback port, so the classes of the
 * request path (Jetty, Javalin, Jackson) are loaded and initialised on the other core before the
 * real server needs them. Failures only cost the head start.
 */
final class StartupWarmup {

  private static final Logger LOG = LoggerFactory.getLogger(StartupWarmup.class);

  private final CompletableFuture<Void> done;

  private StartupWarmup(CompletableFuture<Void> done) {
    this.done = done;
  }

  static StartupWarmup begin() {
    CompletableFuture<Void> done = new CompletableFuture<>();
    Thread thread =
        new Thread(
            () -> {
              try {
                serveOneRequest();
              } catch (IOException | RuntimeException e) {
                LOG.debug("Start-up warm-up skipped: {}", e.toString());
              } finally {
                done.complete(null);
              }
            },
            "booking-startup-warmup");
    thread.setDaemon(true);
    thread.start();
    return new StartupWarmup(done);
  }

  /** Waits briefly for the warm-up, so its server is gone before the real one starts. */
  void finish() {
    try {
      done.get(5, TimeUnit.SECONDS);
    } catch (Exception e) {
      LOG.debug("Start-up warm-up still running; going on without it");
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private static void serveOneRequest() throws IOException {
    Javalin server =
        Javalin.create(
            cfg -> {
              cfg.startup.showJavalinBanner = false;
              cfg.routes.get("/warmup", ctx -> ctx.json(Map.of("success", true)));
            });
    server.start("127.0.0.1", 0);
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
      OutputStream out = socket.getOutputStream();
      out.write(
          "GET /warmup HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      in.readAllBytes();
    } finally {
      server.stop();
    }
  }
}
