package com.metalogics.booking.adapter.hubspot.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.metalogics.booking.adapter.hubspot.HubSpotConfig;
import com.metalogics.booking.adapter.hubspot.fake.FakeHubSpotFaults.Fault;
import com.metalogics.booking.adapter.hubspot.fake.FakeHubSpotFaults.Kind;
import com.metalogics.booking.adapter.hubspot.fake.FakeHubSpotRoutes.Answer;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A stateful stand-in for HubSpot's CRM v3 API on 127.0.0.1: contacts unique by e-mail (409 with
 * HubSpot's "Existing ID" message), a search index that lags behind writes, notes with contact
 * associations, HubSpot's error bodies, bearer-token checks, fault switches and a request log.
 */
public final class FakeHubSpot implements AutoCloseable {

  /** A private-app-shaped token the fake accepts unless told otherwise. */
  public static final String TOKEN = "pat-na1-0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";

  /** One request as the fake saw it; {@code nanoTime} orders and spaces requests. */
  public record RecordedRequest(
      long nanoTime, Instant at, String method, String path, String body, int status) {

    /** Method and path, e.g. {@code POST /crm/v3/objects/contacts}. */
    public String call() {
      return method + " " + path;
    }
  }

  /** A contact as stored. */
  public record Contact(String id, Map<String, String> properties) {}

  /** A note as stored, with the contacts it is associated with. */
  public record Note(String id, Map<String, String> properties, List<String> contactIds) {}

  private final ObjectMapper json = new ObjectMapper();
  private final FakeHubSpotStore store = new FakeHubSpotStore();
  private final FakeHubSpotRoutes routes = new FakeHubSpotRoutes(json, store);
  private final FakeHubSpotFaults faults = new FakeHubSpotFaults();
  private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
  private final CountDownLatch closed = new CountDownLatch(1);
  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool();
  private volatile String acceptedToken = TOKEN;

  private FakeHubSpot() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.setExecutor(executor);
    server.start();
  }

  public static FakeHubSpot start() {
    try {
      return new FakeHubSpot();
    } catch (IOException e) {
      throw new IllegalStateException("cannot start the fake HubSpot", e);
    }
  }

  public URI baseUrl() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  /**
   * Settings for an adapter that talks to this fake: its token, quick retries, limits no test
   * reaches, short timeouts.
   */
  public HubSpotConfig adapterConfig() {
    return adapterDefaults()
        .maxAttempts(3)
        .retryDelay(Duration.ofMillis(10))
        .requestsPer10Seconds(100_000)
        .searchesPerSecond(100_000)
        .callTimeout(Duration.ofSeconds(2))
        .circuitFailureThreshold(50)
        .circuitResetTimeout(Duration.ofMillis(200))
        .build();
  }

  /** The adapter's own defaults, only pointed at this fake with its token. */
  public HubSpotConfig.Builder adapterDefaults() {
    return HubSpotConfig.builder().accessToken(TOKEN).baseUrl(baseUrl());
  }

  /** From now on only this bearer token is accepted; others get HubSpot's 401. */
  public void acceptToken(String token) {
    acceptedToken = token;
  }

  /**
   * New objects stay invisible to search for this many searches ({@code MAX_VALUE}: until told).
   */
  public void searchLag(int searches) {
    store.searchLag(searches);
  }

  /** Lets the search index catch up with every write so far. */
  public void indexNow() {
    store.indexNow();
  }

  /** The next {@code times} requests answer {@code status} (401, 403, 500, 503 ...) untouched. */
  public void failNext(int times, int status) {
    failNext(null, null, times, status);
  }

  /**
   * Like {@link #failNext(int, int)}, for requests of this method and path (a trailing {@code *}
   * matches any rest).
   */
  public void failNext(String method, String path, int times, int status) {
    faults.arm(new Fault(Kind.STATUS, method, path, times, status, Duration.ZERO));
  }

  /** The next matching requests are carried out, then answered 500: an ambiguous failure. */
  public void failAfterWrite(String method, String path, int times) {
    faults.arm(new Fault(Kind.AFTER_WRITE, method, path, times, 500, Duration.ZERO));
  }

  /** The next requests answer 429 with {@code Retry-After} (whole seconds). */
  public void rateLimitNext(int times, Duration retryAfter) {
    faults.arm(new Fault(Kind.RETRY_AFTER, null, null, times, 429, retryAfter));
  }

  /** The next requests answer 429 with only HubSpot's interval header and policy name. */
  public void rateLimitNextByInterval(int times, Duration interval) {
    faults.arm(new Fault(Kind.INTERVAL, null, null, times, 429, interval));
  }

  /** Every answer is delayed this long (zero: answer at once). */
  public void slowAnswers(Duration delay) {
    faults.slowness(delay);
  }

  public void clearFaults() {
    faults.clear();
  }

  public List<RecordedRequest> requests() {
    return List.copyOf(requests);
  }

  public void clearRequests() {
    requests.clear();
  }

  /**
   * A contact made in HubSpot by someone else, with properties only HubSpot sets (such as {@code
   * hs_analytics_source}); searchable at once.
   */
  public String seedContact(Map<String, String> properties) {
    String id = store.createContact(properties).id;
    store.indexNow();
    return id;
  }

  /** A HubSpot user who may own contacts; a contact written with another owner id is refused. */
  public void addOwner(String ownerId) {
    store.addOwner(ownerId);
  }

  public List<Contact> contacts() {
    return store.contacts().stream().map(c -> new Contact(c.id, Map.copyOf(c.properties))).toList();
  }

  public Optional<Contact> contactByEmail(String email) {
    return store.contactByEmail(email).map(c -> new Contact(c.id, Map.copyOf(c.properties)));
  }

  /**
   * Sets a property of the contact with this e-mail, as a HubSpot user or workflow would; creates
   * the contact when there is none. A read of the contact by id returns every property.
   */
  public void setContactProperty(String email, String property, String value) {
    store.setContactProperty(email, property, value);
  }

  public List<Note> notesOf(String contactId) {
    return store.notesOf(contactId).stream()
        .map(n -> new Note(n.id, Map.copyOf(n.properties), List.copyOf(n.contactIds)))
        .toList();
  }

  @Override
  public void close() {
    closed.countDown();
    server.stop(0);
    executor.shutdownNow();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String method = exchange.getRequestMethod();
      String path = exchange.getRequestURI().getPath();
      String raw = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      long received = System.nanoTime();
      Answer answer = answer(exchange, method, path, parse(raw));
      requests.add(
          new RecordedRequest(received, Instant.now(), method, path, raw, answer.status()));
      delay();
      byte[] bytes = json.writeValueAsBytes(answer.body());
      exchange.getResponseHeaders().set("Content-Type", "application/json;charset=utf-8");
      exchange.sendResponseHeaders(answer.status(), bytes.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
  }

  private Answer answer(HttpExchange exchange, String method, String path, JsonNode body) {
    String authorization = exchange.getRequestHeaders().getFirst("Authorization");
    if (!("Bearer " + acceptedToken).equals(authorization)) {
      return errorFor(401);
    }
    Optional<Fault> fault = faults.take(method, path);
    if (fault.isEmpty()) {
      return routes.route(method, path, body);
    }
    return switch (fault.get().kind) {
      case STATUS -> errorFor(fault.get().status);
      case AFTER_WRITE -> {
        routes.route(method, path, body);
        yield errorFor(500);
      }
      case RETRY_AFTER, INTERVAL -> rateLimited(exchange, fault.get());
    };
  }

  private Answer rateLimited(HttpExchange exchange, Fault fault) {
    var headers = exchange.getResponseHeaders();
    headers.set("X-HubSpot-RateLimit-Max", "100");
    headers.set("X-HubSpot-RateLimit-Remaining", "0");
    if (fault.kind == Kind.RETRY_AFTER) {
      headers.set("Retry-After", String.valueOf(fault.wait.toSeconds()));
    } else {
      headers.set(
          "X-HubSpot-RateLimit-Interval-Milliseconds", String.valueOf(fault.wait.toMillis()));
    }
    ObjectNode body = (ObjectNode) errorFor(429).body();
    body.remove("category");
    body.put("message", "You have reached your ten_secondly_rolling limit.");
    body.put("errorType", "RATE_LIMIT");
    body.put("policyName", "TEN_SECONDLY_ROLLING");
    return new Answer(429, body);
  }

  private Answer errorFor(int status) {
    return switch (status) {
      case 401 ->
          routes.error(
              401,
              "Authentication credentials not found. This API supports OAuth 2.0 authentication and"
                  + " you can find more details at"
                  + " https://developers.hubspot.com/docs/methods/auth/oauth-overview",
              "INVALID_AUTHENTICATION");
      case 403 ->
          routes.error(
              403,
              "This app hasn't been granted all required scopes to make this call. Read more about"
                  + " required scopes here: https://developers.hubspot.com/scopes.",
              "MISSING_SCOPES");
      case 429 -> routes.error(429, "You have reached your ten_secondly_rolling limit.", "");
      default ->
          routes.error(
              status, "internal error", status >= 500 ? "INTERNAL_ERROR" : "VALIDATION_ERROR");
    };
  }

  private void delay() {
    Duration slowness = faults.slowness();
    if (!slowness.isZero()) {
      try {
        closed.await(slowness.toMillis(), TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private JsonNode parse(String raw) {
    try {
      return raw.isBlank() ? MissingNode.getInstance() : json.readTree(raw);
    } catch (IOException e) {
      return MissingNode.getInstance();
    }
  }
}
