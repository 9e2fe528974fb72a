package com.metalogics.booking.adapter.google.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.metalogics.booking.adapter.google.fake.FakeCalendarStore.ApiError;
import com.metalogics.booking.adapter.google.fake.FakeTokenEndpoint.Grant;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.zip.GZIPInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A stateful stand-in for Google's OAuth token endpoint and Calendar v3 API on 127.0.0.1, for tests
 * of this module and the app's end-to-end tests. It checks the service account's signed JWT,
 * demands the bearer token it issued, keeps events in several calendars, answers free/busy for up
 * to 50 of them at once (an unknown calendar, or one told to fail, reports its error inside the 200
 * answer), moves events between calendars, rejects requests that break Google's rules (attendees
 * without delegation among them), and can be told to fail in Google's ways ({@link #faults()}).
 */
public final class FakeGoogleCalendar implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(FakeGoogleCalendar.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String CALENDAR_API = "/calendar/v3/";
  private static final String EVENTS_SCOPE = "https://www.googleapis.com/auth/calendar.events";
  private static final String FREEBUSY_SCOPE = "https://www.googleapis.com/auth/calendar.freebusy";
  private static final String FULL_SCOPE = "https://www.googleapis.com/auth/calendar";

  private final HttpServer server;
  private final ExecutorService threads = Executors.newCachedThreadPool();
  private final FakeServiceAccount account = FakeServiceAccount.generate();
  private final FakeCalendarStore store = new FakeCalendarStore();
  private final FaultSwitch faults = new FaultSwitch();
  private final RequestLog log = new RequestLog();
  private final FakeTokenEndpoint tokens;
  private final EventRoutes events;
  private final EventListing listing = new EventListing(store);
  private final FakePush push = new FakePush();

  private FakeGoogleCalendar(List<String> calendarIds) throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    tokens = new FakeTokenEndpoint(account, tokenUri());
    events = new EventRoutes(store);
    calendarIds.forEach(store::addCalendar);
    server.createContext("/token", this::token);
    server.createContext(CALENDAR_API, this::calendarApi);
    server.setExecutor(threads);
    server.start();
  }

  /** Starts a fake holding the given (empty) calendars. */
  public static FakeGoogleCalendar start(String... calendarIds) {
    try {
      return new FakeGoogleCalendar(List.of(calendarIds));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What to give the adapter as its root URL. */
  public String rootUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  public String tokenUri() {
    return rootUrl() + "/token";
  }

  public FakeServiceAccount serviceAccount() {
    return account;
  }

  /** Writes a key file for this fake's service account into {@code directory}. */
  public Path writeKeyFile(Path directory) {
    return account.writeKeyFile(directory, tokenUri());
  }

  public FaultSwitch faults() {
    return faults;
  }

  public RequestLog requests() {
    return log;
  }

  /** Makes the token endpoint refuse every assertion, as for a revoked key. */
  public void refuseTokens(boolean refuse) {
    tokens.refuse(refuse);
  }

  /** Whether the service account may impersonate users (domain-wide delegation). */
  public void allowDelegation(boolean allowed) {
    tokens.allowDelegation(allowed);
  }

  /** Forgets every issued token, so the next call meets a 401 and must fetch a new one. */
  public void expireTokens() {
    tokens.revokeAll();
  }

  public int tokensIssued() {
    return tokens.issued();
  }

  /** Adds an empty calendar shared with the service account, like another host's. */
  public void addCalendar(String calendarId) {
    store.addCalendar(calendarId);
  }

  /**
   * Refuses attendees with Google's 403 {@code forbiddenForServiceAccounts} even to a delegated
   * account; without delegation they are always refused, as by Google.
   */
  public void refuseAttendees(boolean refuse) {
    store.refuseAttendees(refuse);
  }

  /** Marks time busy that no event of ours made, like the owner's own meetings. */
  public void block(String calendarId, Instant start, Instant end) {
    store.block(calendarId, start, end);
  }

  /** Makes free/busy report {@code reason} for the calendar inside a 200 answer; empty clears. */
  public void freeBusyError(String calendarId, Optional<String> reason) {
    store.freeBusyError(calendarId, reason);
  }

  /** Push channels, and the messages they posted. */
  public FakePush push() {
    return push;
  }

  /** At most {@code size} events per {@code events.list} page. */
  public void listPageSize(int size) {
    listing.pageSize(size);
  }

  /** Every sync token issued so far is answered 410 Gone from now on. */
  public void expireSyncTokens() {
    listing.expireTokens();
  }

  /**
   * Puts (or moves) an event nobody of ours made into the calendar, as the host would, and tells
   * the calendar's push channels.
   */
  public void putOutsideEvent(String calendarId, String eventId, Instant start, Instant end) {
    ObjectNode body = JSON.createObjectNode();
    body.put("id", eventId);
    body.put("summary", "Private");
    body.putObject("start").put("dateTime", start.toString());
    body.putObject("end").put("dateTime", end.toString());
    if (store.event(calendarId, eventId).isPresent()) {
      store.update(calendarId, eventId, body, false);
    } else {
      store.insert(calendarId, body, false);
    }
    push.changed(calendarId);
  }

  /** Deletes an event as the host would by hand, and tells the calendar's push channels. */
  public void deleteByHand(String calendarId, String eventId) {
    store.delete(calendarId, eventId);
    push.changed(calendarId);
  }

  public Optional<ObjectNode> event(String calendarId, String eventId) {
    return store.event(calendarId, eventId);
  }

  public List<ObjectNode> events(String calendarId) {
    return store.events(calendarId);
  }

  @Override
  public void close() {
    faults.releaseSlow();
    server.stop(0);
    threads.shutdownNow();
  }

  private void token(HttpExchange exchange) throws IOException {
    String body = requestBody(exchange);
    try {
      FakeTokenEndpoint.Answer answer =
          "POST".equals(exchange.getRequestMethod())
              ? tokens.handle(body)
              : new FakeTokenEndpoint.Answer(405, "{}");
      respond(exchange, answer.status(), answer.body(), "");
    } catch (Exception e) {
      respond(exchange, 500, "{\"error\":\"internal_failure\"}", "");
    }
  }

  private void calendarApi(HttpExchange exchange) throws IOException {
    String body = requestBody(exchange);
    Optional<Fault> fault = faults.next();
    try {
      Grant grant = authorize(exchange);
      if (fault.isPresent() && fault.get() != Fault.SLOW) {
        failWith(fault.get(), () -> route(exchange, body, grant));
      }
      String answer = route(exchange, body, grant);
      if (fault.isPresent() && fault.get() == Fault.SLOW) {
        faults.awaitRelease();
      }
      respond(exchange, answer == null ? 204 : 200, answer == null ? "" : answer, body);
    } catch (ApiError e) {
      respond(exchange, e.status, googleError(e.status, e.reason, e.getMessage()), body);
    } catch (RuntimeException e) {
      LOG.error("fake Google Calendar failed on {}", exchange.getRequestURI().getPath(), e);
      respond(exchange, 500, googleError(500, "internalError", "Internal Error"), body);
    }
  }

  /** The Google client gzips request bodies, as Google accepts. */
  private static String requestBody(HttpExchange exchange) throws IOException {
    byte[] raw = exchange.getRequestBody().readAllBytes();
    if ("gzip".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"))) {
      try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(raw))) {
        raw = in.readAllBytes();
      }
    }
    return new String(raw, StandardCharsets.UTF_8);
  }

  private static void failWith(Fault fault, java.util.function.Supplier<String> work) {
    if (fault == Fault.SERVER_ERROR_AFTER_HANDLING) {
      work.get();
    }
    throw new ApiError(fault.status, fault.reason, fault.message);
  }

  private Grant authorize(HttpExchange exchange) {
    String header = exchange.getRequestHeaders().getFirst("Authorization");
    Optional<Grant> grant =
        header != null && header.startsWith("Bearer ")
            ? tokens.grant(header.substring("Bearer ".length()))
            : Optional.empty();
    return grant.orElseThrow(() -> new ApiError(401, "authError", "Invalid Credentials"));
  }

  private String route(HttpExchange exchange, String body, Grant grant) {
    String path = exchange.getRequestURI().getRawPath().substring(CALENDAR_API.length());
    String method = exchange.getRequestMethod();
    try {
      JsonNode json = body.isBlank() ? JSON.createObjectNode() : JSON.readTree(body);
      if (path.equals("freeBusy") && method.equals("POST")) {
        requireScope(grant, FREEBUSY_SCOPE);
        return JSON.writeValueAsString(store.freeBusy(json));
      }
      requireScope(grant, EVENTS_SCOPE);
      String query = exchange.getRequestURI().getRawQuery();
      if (push.handles(method, path)) {
        return push.handle(path, json);
      }
      Optional<String> listed = EventListing.listedCalendar(method, path);
      if (listed.isPresent()) {
        return listing.handle(listed.get(), query).toString();
      }
      return changing(method, path, events.handle(method, path, query, json, grant));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new ApiError(400, "parseError", "Parse Error");
    }
  }

  /** An answered write to a calendar's events tells its push channels. */
  private String changing(String method, String path, String answer) {
    if (!method.equals("GET")) {
      EventListing.calendarOf(path).ifPresent(push::changed);
    }
    return answer;
  }

  private static void requireScope(Grant grant, String scope) {
    if (!grant.scopes().contains(scope) && !grant.scopes().contains(FULL_SCOPE)) {
      throw new ApiError(
          403, "insufficientPermissions", "Request had insufficient authentication scopes.");
    }
  }

  private void respond(HttpExchange exchange, int status, String json, String requestBody)
      throws IOException {
    log.record(exchange, status, requestBody);
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json; charset=UTF-8");
    if (status == 204) {
      exchange.sendResponseHeaders(204, -1);
    } else {
      exchange.sendResponseHeaders(status, bytes.length);
      exchange.getResponseBody().write(bytes);
    }
    exchange.close();
  }

  static String googleError(int status, String reason, String message) {
    ObjectNode root = JSON.createObjectNode();
    ObjectNode error = root.putObject("error");
    error.put("code", status);
    error.put("message", message);
    error
        .putArray("errors")
        .addObject()
        .put("domain", "global")
        .put("reason", reason)
        .put("message", message);
    return root.toString();
  }
}
