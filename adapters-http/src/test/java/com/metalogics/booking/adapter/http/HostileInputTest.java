package com.metalogics.booking.adapter.http;

import static com.metalogics.booking.adapter.http.TestServer.SLOT;
import static com.metalogics.booking.adapter.http.TestServer.bookingJson;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.metalogics.booking.adapter.http.HostileRequests.Hostile;
import com.metalogics.booking.adapter.http.TestServer.Answer;
import com.metalogics.booking.core.domain.Booking;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Over a thousand generated malformed or hostile requests against every route: none may answer 5xx,
 * each must be refused in the error envelope, and none may change the stored bookings.
 */
class HostileInputTest {

  private static final int REQUESTS = 1_200;
  private static final long SEED = Long.getLong("hostile.seed", 20261130L);

  private final TestServer server =
      new TestServer(new HttpConfig(Optional.of(TestServer.ADMIN_KEY), 65_536, 0, List.of(), true));

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void givenSeededHostileRequests_noneAnswers5xx_allAreRefused_andNothingIsStored() {
    Answer legit = server.post("/api/bookings", bookingJson("legit@example.com", SLOT, 30));
    assertThat(legit.status()).isEqualTo(201);
    String id = legit.data().path("booking").path("id").asText();
    String token = legit.data().path("manageToken").asText();
    List<Booking> before = server.repository.all();

    HostileRequests generator = new HostileRequests(SEED, id, token);
    Map<String, Integer> byLabel = new TreeMap<>();
    List<String> problems = new ArrayList<>();
    Hostile previous = null;
    for (int i = 0; i < REQUESTS; i++) {
      Hostile h = generator.next();
      Hostile prev = previous;
      previous = h;
      byLabel.merge(h.label(), 1, Integer::sum);
      Answer a;
      try {
        a = server.send(toRequest(h));
      } catch (java.io.UncheckedIOException e) {
        problems.add(
            "#"
                + i
                + " "
                + h.label()
                + " chunked="
                + h.chunked()
                + " "
                + h.method()
                + " "
                + shorten(h.path())
                + ": "
                + e.getMessage()
                + " after "
                + prev);
        continue;
      }
      String problem = problemWith(a);
      if (problem != null) {
        problems.add(
            "#"
                + i
                + " "
                + h.label()
                + " "
                + h.method()
                + " "
                + shorten(h.path())
                + ": "
                + problem);
      }
    }
    assertThat(problems).as("seed %d, requests by kind %s", SEED, byLabel).isEmpty();
    assertThat(byLabel.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(REQUESTS);
    assertThat(server.repository.all()).as("seed %d", SEED).isEqualTo(before);
  }

  @Test
  void givenMalformedRawHttp_serverAnswers4xxNeverCrashes() throws IOException {
    List<String> heads =
        List.of(
            "GET /api/bookings/%zz HTTP/1.1",
            "GET /api/bookings/available-slots?startDate=%zz&endDate=%&duration=30 HTTP/1.1",
            "GET /api/bookings/available-slots?startDate=2026-12-01&endDate=2026-12-02&duration=%E0%A4%A HTTP/1.1",
            "GET /api/admin/bookings?limit=%ff%fe HTTP/1.1",
            "GET /api/bookings/..%2f..%2fetc%2fpasswd HTTP/1.1",
            "GET /api/bookings/%00 HTTP/1.1",
            "POST /api/bookings HTTP/1.1\r\nContent-Type: application/json\r\nContent-Length: abc",
            "POST /api/bookings HTTP/1.1\r\nContent-Type: application/json\r\nContent-Length: -5",
            "POST /api/bookings HTTP/1.1\r\nContent-Type: application/json\r\nContent-Length: 99999999999999999999",
            "GET /health/live HTTP/1.1\r\nX-Request-Id: " + "r".repeat(20_000),
            "GET /health/live HTTP/1.1\r\nX-Bad-Header\u0001: x");
    for (String head : heads) {
      int status = rawStatus(head);
      assertThat(status)
          .as(head.length() > 120 ? head.substring(0, 120) : head)
          .isBetween(400, 499);
    }
  }

  private String problemWith(Answer a) {
    if (a.status() >= 500) {
      return "status " + a.status() + " " + shorten(a.raw().body());
    }
    if (a.status() < 400) {
      return "accepted with " + a.status() + " " + shorten(a.raw().body());
    }
    JsonNode json;
    try {
      json = a.json();
    } catch (RuntimeException e) {
      return "status " + a.status() + " without JSON envelope: " + shorten(a.raw().body());
    }
    if (json.path("success").asBoolean(true)
        || json.path("error").path("code").asText().isEmpty()) {
      return "no error envelope: " + shorten(a.raw().body());
    }
    if (!json.path("error").path("requestId").asText().equals(a.header("X-Request-Id"))) {
      return "request id missing";
    }
    return null;
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
        HttpRequest.newBuilder(URI.create(server.base + h.path()))
            .timeout(Duration.ofSeconds(20))
            .method(h.method(), body);
    if (h.contentType() != null) {
      b.header("Content-Type", h.contentType());
    }
    h.headers().forEach(b::header);
    return b.build();
  }

  /** Sends a request line (plus headers) byte for byte and reads the status of the answer. */
  private int rawStatus(String head) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", server.app.port())) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      String request = head + "\r\nHost: localhost\r\nConnection: close\r\n\r\n";
      out.write(request.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = socket.getInputStream();
      byte[] start = in.readNBytes(12);
      String statusLine = new String(start, StandardCharsets.ISO_8859_1);
      return Integer.parseInt(statusLine.substring(9, 12));
    }
  }

  private static String shorten(String s) {
    return s.length() <= 200 ? s : s.substring(0, 200) + "...";
  }
}
