package com.metalogics.booking.adapter.http.hostile;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.metalogics.booking.adapter.http.hostile.HostileRequests.Hostile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Seeded malformed and hostile requests against a running service, on any database: none may answer
 * 5xx, each must be refused in the error envelope with its request id. Published in the test-jar,
 * so the app runs the same requests against PostgreSQL.
 *
 * <p>The generated dates assume the clock at {@link #NOW} and the default booking rules (weekdays 9
 * to 17 New York, at least 24 hours ahead); the booking the requests aim at is best made at {@link
 * #SLOT}.
 */
public final class HostileSuite {

  /** Monday noon UTC: the next business days are 2026-12-01 to 2026-12-04 (New York). */
  public static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");

  /** Wednesday 2026-12-02 10:00 in New York. */
  public static final Instant SLOT = Instant.parse("2026-12-02T15:00:00Z");

  public static final long DEFAULT_SEED = Long.getLong("hostile.seed", 20261130L);

  private static final ObjectMapper STRICT_JSON =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private final String base;
  private final int port;
  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  /** Requests go to {@code http://127.0.0.1:port}. */
  public HostileSuite(int port) {
    this.port = port;
    this.base = "http://127.0.0.1:" + port;
  }

  /** What a run found: one line per broken rule, and how many requests of each kind were sent. */
  public record Report(long seed, List<String> problems, Map<String, Integer> byLabel) {
    public int sent() {
      return byLabel.values().stream().mapToInt(Integer::intValue).sum();
    }
  }

  /**
   * Sends {@code count} requests generated from {@code seed}, aimed at the booking {@code
   * bookingId} (with its real {@code manageToken}) and at the admin routes (with {@code adminKey}
   * in half of them). None is valid, so none may change what is stored.
   */
  public Report run(long seed, int count, String bookingId, String manageToken, String adminKey) {
    HostileRequests generator = new HostileRequests(seed, bookingId, manageToken, adminKey);
    Map<String, Integer> byLabel = new TreeMap<>();
    List<String> problems = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Hostile h = generator.next();
      byLabel.merge(h.label(), 1, Integer::sum);
      String where = "#" + i + " " + h.label() + " " + h.method() + " " + shorten(h.path());
      try {
        problemWith(send(h)).ifPresent(p -> problems.add(where + ": " + p));
      } catch (UncheckedIOException e) {
        problems.add(where + " chunked=" + h.chunked() + ": " + e.getMessage());
      }
    }
    return new Report(seed, problems, byLabel);
  }

  /** Request lines and headers no HTTP client would send; each must answer 4xx. */
  public static List<String> malformedHeads() {
    return List.of(
        "GET /api/bookings/%zz HTTP/1.1",
        "GET /api/bookings/available-slots?startDate=%zz&endDate=%&duration=30 HTTP/1.1",
        "GET /api/bookings/available-slots?startDate=2026-12-01&endDate=2026-12-02&duration=%E0%A4%A"
            + " HTTP/1.1",
        "GET /api/bookings/available-slots?startDate=2026-12-01%00&endDate=2026-12-02&duration=30"
            + " HTTP/1.1",
        "GET /api/admin/bookings?limit=%ff%fe HTTP/1.1",
        "GET /api/admin/bookings?email=a%00b@example.org HTTP/1.1",
        "GET /api/bookings/..%2f..%2fetc%2fpasswd HTTP/1.1",
        "GET /api/bookings/%00 HTTP/1.1",
        "POST /api/bookings HTTP/1.1\r\nContent-Type: application/json\r\nContent-Length: abc",
        "POST /api/bookings HTTP/1.1\r\nContent-Type: application/json\r\nContent-Length: -5",
        "POST /api/bookings HTTP/1.1\r\nContent-Type: application/json\r\n"
            + "Content-Length: 99999999999999999999",
        "GET /health/live HTTP/1.1\r\nX-Request-Id: " + "r".repeat(20_000),
        "GET /health/live HTTP/1.1\r\nX-Bad-Header\u0001: x");
  }

  /**
   * Sends a request head byte for byte ({@code extraHeaders} may add lines) and reads the status.
   */
  public int rawStatus(String head, String extraHeaders) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      String request =
          head + "\r\nHost: localhost\r\n" + extraHeaders + "Connection: close\r\n\r\n";
      out.write(request.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = socket.getInputStream();
      String statusLine = new String(in.readNBytes(12), StandardCharsets.ISO_8859_1);
      return Integer.parseInt(statusLine.substring(9, 12));
    }
  }

  private HttpResponse<String> send(Hostile h) {
    try {
      return client.send(toRequest(h), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Empty when the answer is a proper refusal: 4xx, the whole body one error envelope. */
  private static java.util.Optional<String> problemWith(HttpResponse<String> answer) {
    int status = answer.statusCode();
    if (status >= 500) {
      return java.util.Optional.of("status " + status + " " + shorten(answer.body()));
    }
    if (status < 400) {
      return java.util.Optional.of("accepted with " + status + " " + shorten(answer.body()));
    }
    JsonNode json;
    try {
      json = STRICT_JSON.readTree(answer.body());
    } catch (IOException e) {
      return java.util.Optional.of(
          "status " + status + " without a JSON envelope: " + shorten(answer.body()));
    }
    if (json.path("success").asBoolean(true)
        || json.path("error").path("code").asText().isEmpty()) {
      return java.util.Optional.of("no error envelope: " + shorten(answer.body()));
    }
    String requestId = answer.headers().firstValue("X-Request-Id").orElse("");
    if (!json.path("error").path("requestId").asText().equals(requestId)) {
      return java.util.Optional.of("request id missing");
    }
    return java.util.Optional.empty();
  }

  private HttpRequest toRequest(Hostile h) {
    HttpRequest.BodyPublisher body;
    if (h.body() == null) {
      body = HttpRequest.BodyPublishers.noBody();
    } else if (h.chunked()) {
      body = HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(h.body()));
    } else {
      body = HttpRequest.BodyPublishers.ofByteArray(h.body());
    }
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(base + h.path()))
            .timeout(Duration.ofSeconds(20))
            .method(h.method(), body);
    if (h.contentType() != null) {
      b.header("Content-Type", h.contentType());
    }
    h.headers().forEach(b::header);
    return b.build();
  }

  private static String shorten(String s) {
    return s.length() <= 200 ? s : s.substring(0, 200) + "...";
  }
}
