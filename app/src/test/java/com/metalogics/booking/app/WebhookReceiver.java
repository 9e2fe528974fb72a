package com.metalogics.booking.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.metalogics.booking.core.domain.WebhookSignature;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A webhook receiver as a careful user writes one: it checks every signature against its clock,
 * keeps each event id once (a repeat is answered 200 and dropped), and can be told to fail.
 */
final class WebhookReceiver implements AutoCloseable {

  enum Mode {
    /** Answers 500 without keeping the event. */
    FAILING,
    /**
     * Keeps the event, then holds the answer until {@link #release()}: the sender times out and
     * sends it again.
     */
    SLOW,
    ACCEPTING
  }

  /**
   * @param hostId the booking's host as the event names it
   * @param formerHostId a {@code booking.reassigned} event's former host; empty for the others
   */
  record Event(
      String id,
      String type,
      String bookingId,
      int sequence,
      String createdAt,
      String hostId,
      String formerHostId) {}

  private static final ObjectMapper JSON = new ObjectMapper();

  final Map<String, Event> accepted = new ConcurrentHashMap<>();

  /** Event ids whose signature did not match the body: a tampered or mis-signed delivery. */
  final List<String> badSignatures = new CopyOnWriteArrayList<>();

  /** Signed right, but older than 5 minutes when read: refused as a possible replay. */
  final AtomicInteger stale = new AtomicInteger();

  /** How many requests SLOW still holds; after them the receiver accepts at once. */
  final AtomicInteger slowBudget = new AtomicInteger(Integer.MAX_VALUE);

  final AtomicInteger requests = new AtomicInteger();
  final AtomicInteger repeats = new AtomicInteger();
  volatile Mode mode = Mode.ACCEPTING;
  volatile String secret = "";

  private final HttpServer server;
  private final Clock clock;
  private final CountDownLatch held = new CountDownLatch(1);

  WebhookReceiver(Clock clock) throws IOException {
    this.clock = clock;
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(Executors.newCachedThreadPool());
    server.createContext("/hook", this::handle);
    server.start();
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
  }

  private void handle(HttpExchange exchange) throws IOException {
    requests.incrementAndGet();
    String body;
    try (InputStream in = exchange.getRequestBody()) {
      body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Mode now = mode;
    if (now == Mode.FAILING) {
      answer(exchange, 500);
      return;
    }
    String signature = exchange.getRequestHeaders().getFirst(WebhookSignature.HEADER);
    String eventId = exchange.getRequestHeaders().getFirst(WebhookSignature.EVENT_ID_HEADER);
    Instant at = clock.instant();
    if (signature == null
        || !WebhookSignature.verify(signature, secret, body, at, Duration.ofDays(3650))) {
      badSignatures.add(eventId);
      answer(exchange, 400);
      return;
    }
    if (!WebhookSignature.verify(signature, secret, body, at, WebhookSignature.DEFAULT_TOLERANCE)) {
      // A request queued behind held ones, read after the test moved the clock on: its sender
      // gave up long ago and sends it again, freshly signed.
      stale.incrementAndGet();
      answer(exchange, 400);
      return;
    }
    keep(eventId, body);
    if (now == Mode.SLOW && slowBudget.getAndDecrement() > 0) {
      awaitRelease();
    }
    answer(exchange, 200);
  }

  private void keep(String eventId, String body) throws IOException {
    JsonNode event = JSON.readTree(body);
    Event kept =
        new Event(
            event.path("id").asText(),
            event.path("type").asText(),
            event.path("data").path("booking").path("id").asText(),
            event.path("data").path("sequence").asInt(),
            event.path("createdAt").asText(),
            event.path("data").path("booking").path("host").path("id").asText(),
            event.path("data").path("formerHost").path("id").asText());
    if (!kept.id().equals(eventId) || accepted.putIfAbsent(eventId, kept) != null) {
      repeats.incrementAndGet();
    }
  }

  /** Lets every held answer go. */
  void release() {
    held.countDown();
  }

  private void awaitRelease() {
    try {
      held.await(1, TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void answer(HttpExchange exchange, int status) throws IOException {
    exchange.sendResponseHeaders(status, -1);
    exchange.close();
  }

  @Override
  public void close() {
    release();
    server.stop(0);
  }
}
