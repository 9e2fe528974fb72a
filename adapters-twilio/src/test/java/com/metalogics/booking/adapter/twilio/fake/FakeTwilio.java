package com.metalogics.booking.adapter.twilio.fake;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * A stateful stand-in for Twilio's Messages API on 127.0.0.1: checks basic auth (account SID and
 * auth token, or an API key and secret), the form fields Twilio requires, stores the messages and
 * lists them filtered by {@code To}, newest first, with Twilio's error bodies; it can be told to
 * fail.
 */
public final class FakeTwilio implements AutoCloseable {

  public static final String ACCOUNT_SID = "AC" + "0123456789abcdef".repeat(2);
  public static final String AUTH_TOKEN = "fake-auth-token-0123456789";
  public static final String API_KEY = "SK" + "fedcba9876543210".repeat(2);
  public static final String API_SECRET = "fake-api-secret-0123456789";
  public static final String FROM = "+15005550006";

  private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{7,14}");

  /** One message as stored. */
  public record Message(String sid, String to, String from, String body, Instant created) {}

  private final ObjectMapper json = new ObjectMapper();
  private final List<Message> messages = new ArrayList<>();
  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool();
  private final String path = "/2010-04-01/Accounts/" + ACCOUNT_SID + "/Messages.json";
  private int failNext;
  private int failStatus;
  private boolean failing;
  private int loseAnswers;
  private int requests;
  private boolean holding;
  private int held;
  private CountDownLatch release = new CountDownLatch(0);

  private FakeTwilio() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.setExecutor(executor);
    server.start();
  }

  public static FakeTwilio start() {
    try {
      return new FakeTwilio();
    } catch (IOException e) {
      throw new IllegalStateException("cannot start the fake Twilio", e);
    }
  }

  public URI baseUrl() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  /** The next {@code times} requests answer {@code status} and do nothing. */
  public synchronized void failNext(int times, int status) {
    failNext = times;
    failStatus = status;
  }

  /** Every request answers {@code status} until {@link #recover()}. */
  public synchronized void failAll(int status) {
    failing = true;
    failStatus = status;
  }

  /** The next {@code times} sends are stored, then answered 500: the caller cannot tell. */
  public synchronized void loseAnswers(int times) {
    loseAnswers = times;
  }

  public synchronized void recover() {
    failing = false;
    failNext = 0;
    loseAnswers = 0;
  }

  /**
   * Sends from now on are stored (the SMS goes out), and their answers held until {@link
   * #releaseHeld()}: a caller killed meanwhile never learns that they succeeded.
   */
  public synchronized void holdSends() {
    holding = true;
    release = new CountDownLatch(1);
  }

  /** Answers the held sends, and holds no more. */
  public synchronized void releaseHeld() {
    holding = false;
    release.countDown();
  }

  /** Sends stored whose answers are held. */
  public synchronized int held() {
    return held;
  }

  public synchronized List<Message> messages() {
    return List.copyOf(messages);
  }

  public synchronized int requests() {
    return requests;
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      Answer answer = answer(exchange);
      if (answer.held()) {
        awaitRelease();
      }
      byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      if (answer.status() == 429) {
        exchange.getResponseHeaders().add("Retry-After", "0");
      }
      exchange.sendResponseHeaders(answer.status(), bytes.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
  }

  private record Answer(int status, String body, boolean held) {
    Answer(int status, String body) {
      this(status, body, false);
    }
  }

  private void awaitRelease() {
    CountDownLatch latch;
    synchronized (this) {
      latch = release;
    }
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private synchronized Answer answer(HttpExchange exchange) throws IOException {
    requests++;
    String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    if (failing || failNext > 0) {
      failNext = Math.max(0, failNext - 1);
      return error(failStatus, failStatus == 429 ? 20429 : 20500, "failing on request");
    }
    if (!authorised(exchange.getRequestHeaders().getFirst("Authorization"))) {
      return error(401, 20003, "Authenticate");
    }
    if (!exchange.getRequestURI().getPath().equals(path)) {
      return error(404, 20404, "The requested resource was not found");
    }
    return switch (exchange.getRequestMethod()) {
      case "POST" -> create(fields(form));
      case "GET" -> list(fields(exchange.getRequestURI().getRawQuery()));
      default -> error(405, 20004, "Method not allowed");
    };
  }

  private Answer create(Map<String, String> form) {
    String to = form.getOrDefault("To", "");
    boolean from = form.containsKey("From");
    boolean service = form.containsKey("MessagingServiceSid");
    String body = form.getOrDefault("Body", "");
    if (!E164.matcher(to).matches()) {
      return error(400, 21211, "The 'To' number is not a valid phone number.");
    }
    if (from == service) {
      return error(400, 21603, "A 'From' or 'MessagingServiceSid' parameter is required");
    }
    if (body.isBlank() || body.length() > 1600) {
      return error(400, 21602, "Message body is required and at most 1600 characters");
    }
    byte[] id = new byte[16];
    ThreadLocalRandom.current().nextBytes(id);
    Message message =
        new Message(
            "SM" + HexFormat.of().formatHex(id),
            to,
            from ? form.get("From") : form.get("MessagingServiceSid"),
            body,
            Instant.now());
    messages.add(message);
    if (loseAnswers > 0) {
      loseAnswers--;
      return error(500, 20500, "Internal Server Error");
    }
    if (holding) {
      held++;
    }
    return new Answer(201, view(message).toString(), holding);
  }

  private Answer list(Map<String, String> query) {
    ObjectNode page = json.createObjectNode();
    ArrayNode list = page.putArray("messages");
    for (int i = messages.size() - 1; i >= 0; i--) {
      Message m = messages.get(i);
      if (!query.containsKey("To") || query.get("To").equals(m.to())) {
        list.add(view(m));
      }
    }
    return new Answer(200, page.toString());
  }

  private ObjectNode view(Message m) {
    ObjectNode node = json.createObjectNode();
    node.put("sid", m.sid());
    node.put("account_sid", ACCOUNT_SID);
    node.put("to", m.to());
    node.put("from", m.from());
    node.put("body", m.body());
    node.put("status", "queued");
    node.put("date_created", m.created().toString());
    return node;
  }

  private Answer error(int status, int code, String message) {
    ObjectNode node = json.createObjectNode();
    node.put("code", code);
    node.put("message", message);
    node.put("status", status);
    return new Answer(status, node.toString());
  }

  private static boolean authorised(String header) {
    if (header == null || !header.startsWith("Basic ")) {
      return false;
    }
    String pair =
        new String(Base64.getDecoder().decode(header.substring(6)), StandardCharsets.UTF_8);
    return pair.equals(ACCOUNT_SID + ":" + AUTH_TOKEN) || pair.equals(API_KEY + ":" + API_SECRET);
  }

  private static Map<String, String> fields(String encoded) {
    Map<String, String> fields = new LinkedHashMap<>();
    if (encoded == null || encoded.isEmpty()) {
      return fields;
    }
    for (String pair : encoded.split("&")) {
      int eq = pair.indexOf('=');
      String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String value =
          eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      fields.put(key, value);
    }
    return fields;
  }

  @Override
  public void close() {
    releaseHeld();
    server.stop(0);
    executor.shutdownNow();
  }
}
