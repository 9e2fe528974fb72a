package com.metalogics.booking.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.metalogics.booking.adapter.http.HttpApi;
import com.metalogics.booking.adapter.http.HttpConfig;
import com.metalogics.booking.adapter.http.webhook.JsonWebhookBodies;
import com.metalogics.booking.core.application.BookingEngine;
import com.metalogics.booking.core.contract.MutableClock;
import com.metalogics.booking.core.domain.Booking;
import com.metalogics.booking.core.domain.BookingRules;
import com.metalogics.booking.core.inmemory.Disabled;
import com.metalogics.booking.core.inmemory.InMemoryBookingRepository;
import com.metalogics.booking.core.inmemory.InMemoryCalendar;
import com.metalogics.booking.core.inmemory.InMemoryCrm;
import com.metalogics.booking.core.inmemory.RecordingNotifier;
import com.metalogics.booking.core.port.out.HealthStatus;
import io.javalin.Javalin;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The real HTTP API and pages on 127.0.0.1, port 0, over the core engine on its in-memory adapters.
 * The clock starts at the real current minute because the browser's clock is real: the page asks
 * for "this week" by its own clock, and the server must agree on what is past. It then stands still
 * unless a test moves it.
 */
final class UiServer implements AutoCloseable {

  static final String ADMIN_KEY = "ui-test-admin-key-0123456789";
  private static final ObjectMapper JSON = new ObjectMapper();

  final MutableClock clock = new MutableClock(Instant.now().truncatedTo(ChronoUnit.MINUTES));
  final InMemoryBookingRepository repository = new InMemoryBookingRepository();
  final BookingEngine engine;
  final InMemoryCalendar calendar = new InMemoryCalendar();
  final InMemoryCrm crm = new InMemoryCrm();
  final ScriptedReceiver receiver = new ScriptedReceiver();
  final String base;
  private final ExecutorService mirror = Executors.newCachedThreadPool(UiServer::daemon);
  private final Javalin app;
  private final HttpClient client = HttpClient.newHttpClient();

  UiServer() {
    this(true);
  }

  /** With {@code integrationsOn} false, the calendar, CRM and mail are the disabled stand-ins. */
  UiServer(boolean integrationsOn) {
    byte[] secret = new byte[32];
    Arrays.fill(secret, (byte) 11);
    engine =
        BookingEngine.builder()
            .repository(repository)
            .calendar(integrationsOn ? calendar : Disabled.calendar())
            .crm(integrationsOn ? crm : Disabled.crm())
            .notifier(integrationsOn ? new RecordingNotifier() : Disabled.notifier())
            .rules(BookingRules.defaults().withMaxBookingsPerEmail(50))
            .clock(clock)
            .manageTokenSecret(secret)
            .executor(mirror)
            .webhooks(receiver, new JsonWebhookBodies())
            .build();
    HttpConfig config = new HttpConfig(Optional.of(ADMIN_KEY), 65_536, 0, List.of(), true);
    app =
        HttpApi.create(
            engine,
            config,
            () -> Map.of("database", HealthStatus.UP),
            new PrometheusMeterRegistry(PrometheusConfig.DEFAULT),
            clock);
    app.start("127.0.0.1", 0);
    base = "http://127.0.0.1:" + app.port();
  }

  /** A booking made through the API, behind the page's back. */
  record Created(UUID id, String token, Instant start) {}

  Created book(String email, Instant start, int minutes) {
    return book("Grace Hopper", email, start, minutes);
  }

  Created book(String name, String email, Instant start, int minutes) {
    return book(name, email, start, minutes, "null");
  }

  /** A booking whose visitor came from {@code source} (a JSON object, or null). */
  Created book(String name, String email, Instant start, int minutes, String source) {
    return book(
        ("{\"name\":\"%s\",\"email\":\"%s\",\"startTime\":\"%s\",\"duration\":%d,"
                + "\"message\":\"Hello from %s\",\"source\":%s}")
            .formatted(name, email, start, minutes, name, source),
        start);
  }

  /** A booking of event type {@code type} with a phone number. */
  Created bookWithPhone(String email, Instant start, String type, String phone) {
    return book(
        ("{\"name\":\"Grace Hopper\",\"email\":\"%s\",\"startTime\":\"%s\",\"duration\":30,"
                + "\"eventType\":\"%s\",\"phone\":\"%s\"}")
            .formatted(email, start, type, phone),
        start);
  }

  private Created book(String body, Instant start) {
    JsonNode answer =
        send(
            request("/api/bookings")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    JsonNode data = answer.path("data");
    if (!answer.path("success").asBoolean()) {
      throw new IllegalStateException("booking failed: " + answer);
    }
    return new Created(
        UUID.fromString(data.path("booking").path("id").asText()),
        data.path("manageToken").asText(),
        start);
  }

  /** Cancels through the API with the booking's manage token, as its visitor would. */
  void cancel(Created created) {
    JsonNode answer =
        send(
            request("/api/bookings/" + created.id() + "/cancel")
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + created.token())
                .POST(HttpRequest.BodyPublishers.ofString("{}")));
    if (!answer.path("success").asBoolean()) {
      throw new IllegalStateException("cancel failed: " + answer);
    }
  }

  /** Creates or replaces an event type through the admin API. */
  void putEventType(String slug, String json) {
    JsonNode answer =
        send(
            request("/api/admin/event-types/" + slug)
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + ADMIN_KEY)
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    if (!answer.path("success").asBoolean()) {
      throw new IllegalStateException("event type not saved: " + answer);
    }
  }

  /** The earliest free 30-minute start the API offers now. */
  Instant firstFreeStart() {
    return freeStarts(clock.instant(), 30).get(0);
  }

  /** The free starts the API offers now for one business week from {@code from}. */
  List<Instant> freeStarts(Instant from, int minutes) {
    String path =
        "/api/bookings/available-slots?startDate=%s&endDate=%s&duration=%d"
            .formatted(from, from.plus(Duration.ofDays(14)), minutes);
    JsonNode slots = send(request(path).GET()).path("data").path("slots");
    return java.util.stream.StreamSupport.stream(slots.spliterator(), false)
        .map(s -> Instant.parse(s.path("startTime").asText()))
        .toList();
  }

  /** The data of an admin API answer, read with the admin key. */
  JsonNode adminGet(String path) {
    return data(send(request(path).header("Authorization", "Bearer " + ADMIN_KEY).GET()));
  }

  /** Creates or replaces a catalog item through the admin API, behind the page's back. */
  JsonNode adminPut(String path, JsonNode body) {
    return data(
        send(
            request(path)
                .header("Authorization", "Bearer " + ADMIN_KEY)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body.toString()))));
  }

  /** Posts to the admin API, behind the page's back. */
  JsonNode adminPost(String path, String json) {
    return data(
        send(
            request(path)
                .header("Authorization", "Bearer " + ADMIN_KEY)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))));
  }

  /** Deletes through the admin API, behind the page's back. */
  void adminDelete(String path) {
    data(send(request(path).header("Authorization", "Bearer " + ADMIN_KEY).DELETE()));
  }

  /** The data of a public API answer. */
  JsonNode publicGet(String path) {
    return data(send(request(path).GET()));
  }

  private static JsonNode data(JsonNode answer) {
    if (!answer.path("success").asBoolean()) {
      throw new IllegalStateException("request failed: " + answer);
    }
    return answer.path("data");
  }

  Booking booking(UUID id) {
    return repository.findById(id).orElseThrow();
  }

  HttpResponse<String> raw(String path) {
    try {
      return client.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(10));
  }

  private JsonNode send(HttpRequest.Builder request) {
    try {
      return JSON.readTree(
          client.send(request.build(), HttpResponse.BodyHandlers.ofString()).body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static Thread daemon(Runnable task) {
    Thread thread = new Thread(task, "ui-test-mirror");
    thread.setDaemon(true);
    return thread;
  }

  @Override
  public void close() {
    app.stop();
    mirror.shutdownNow();
  }
}
