package com.metalogics.booking.adapter.http.webhook;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;

/** A webhook receiver on loopback: answers {@link #status}, keeps what it was sent. */
final class Receiver implements AutoCloseable {

  record Received(String body, String signature, String eventId, String userAgent) {}

  final List<Received> received = new CopyOnWriteArrayList<>();
  volatile IntSupplier status = () -> 204;

  /** While set, the receiver holds each request until it is released (or a minute passes). */
  volatile CountDownLatch hold;

  private final HttpServer server;

  Receiver() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(Executors.newCachedThreadPool());
    server.createContext("/", this::handle);
    server.start();
  }

  URI url(String path) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (InputStream in = exchange.getRequestBody()) {
      String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      received.add(
          new Received(
              body,
              exchange.getRequestHeaders().getFirst("Booking-Signature"),
              exchange.getRequestHeaders().getFirst("Booking-Event-Id"),
              exchange.getRequestHeaders().getFirst("User-Agent")));
    }
    CountDownLatch latch = hold;
    if (latch != null) {
      try {
        latch.await(1, TimeUnit.MINUTES);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    exchange.sendResponseHeaders(status.getAsInt(), -1);
    exchange.close();
  }

  @Override
  public void close() {
    CountDownLatch latch = hold;
    if (latch != null) {
      latch.countDown();
    }
    server.stop(0);
  }
}
