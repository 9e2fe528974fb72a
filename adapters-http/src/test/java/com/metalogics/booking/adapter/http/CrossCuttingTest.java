package com.metalogics.booking.adapter.http;

import static com.metalogics.booking.adapter.http.TestServer.ADMIN_KEY;
import static com.metalogics.booking.adapter.http.TestServer.SLOT;
import static com.metalogics.booking.adapter.http.TestServer.bearer;
import static com.metalogics.booking.adapter.http.TestServer.bookingJson;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.metalogics.booking.adapter.http.TestServer.Answer;
import com.metalogics.booking.core.port.out.HealthStatus;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** CORS, request ids, logs, metrics and health: what every route shares. */
class CrossCuttingTest {

  private static final String ORIGIN = "https://www.example.com";

  private TestServer server =
      new TestServer(new HttpConfig(Optional.of(ADMIN_KEY), 65_536, 0, List.of(ORIGIN), false));

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void cors_allowsListedOriginsOnly_andAnswersPreflight() {
    Answer allowed = server.get("/health/live", "Origin", ORIGIN);
    assertThat(allowed.header("Access-Control-Allow-Origin")).isEqualTo(ORIGIN);
    Answer other = server.get("/health/live", "Origin", "https://evil.example");
    assertThat(other.header("Access-Control-Allow-Origin")).isNull();

    Answer preflight =
        server.method(
            "OPTIONS",
            "/api/bookings",
            null,
            null,
            "Origin",
            ORIGIN,
            "Access-Control-Request-Method",
            "POST",
            "Access-Control-Request-Headers",
            "content-type,idempotency-key");
    assertThat(preflight.status()).isEqualTo(204);
    assertThat(preflight.header("Access-Control-Allow-Origin")).isEqualTo(ORIGIN);
    assertThat(preflight.header("Access-Control-Allow-Methods")).contains("POST");
    assertThat(preflight.header("Access-Control-Allow-Headers")).contains("Idempotency-Key");
    Answer refused =
        server.method(
            "OPTIONS",
            "/api/bookings",
            null,
            null,
            "Origin",
            "https://evil.example",
            "Access-Control-Request-Method",
            "POST");
    assertThat(refused.header("Access-Control-Allow-Origin")).isNull();
  }

  @Test
  void requestId_isEchoedWhenSane_andReplacedWhenNot() {
    Answer sane = server.get("/api/nothing", "X-Request-Id", "abc-123_x.y");
    assertThat(sane.header("X-Request-Id")).isEqualTo("abc-123_x.y");
    assertThat(sane.json().path("error").path("requestId").asText()).isEqualTo("abc-123_x.y");
    Answer insane = server.get("/api/nothing", "X-Request-Id", "<script>alert(1)</script>");
    assertThat(insane.header("X-Request-Id")).hasSize(36).doesNotContain("<");
    Answer tooLong = server.get("/health/live", "X-Request-Id", "a".repeat(101));
    assertThat(tooLong.header("X-Request-Id")).hasSize(36);
    Answer none = server.get("/health/live");
    assertThat(none.header("X-Request-Id")).hasSize(36);
  }

  @Test
  void logs_carryTheRequestId_andNeverTokensKeysEmailsOrPhones() {
    Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    Logger http = (Logger) LoggerFactory.getLogger("com.metalogics.booking");
    ListAppender<ILoggingEvent> captured = new ListAppender<>();
    captured.start();
    root.addAppender(captured);
    ch.qos.logback.classic.Level before = http.getLevel();
    http.setLevel(ch.qos.logback.classic.Level.DEBUG);
    try {
      Answer created =
          server.post(
              "/api/bookings",
              bookingJson("secret.person@example.com", SLOT, 30),
              "X-Request-Id",
              "req-1");
      String token = created.data().path("manageToken").asText();
      String id = created.data().path("booking").path("id").asText();
      server.post(
          "/api/bookings/" + id + "/cancel",
          "{}",
          "Authorization",
          bearer(token),
          "X-Request-Id",
          "req-2");
      server.method(
          "PUT",
          "/api/admin/limits/secret.person@example.com",
          "application/json",
          "{\"maxBookings\":4}",
          "Authorization",
          bearer(ADMIN_KEY),
          "X-Request-Id",
          "req-3");
      List<ILoggingEvent> ours =
          captured.list.stream()
              .filter(e -> e.getLoggerName().startsWith("com.metalogics"))
              .toList();
      assertThat(ours).isNotEmpty();
      assertThat(ours)
          .filteredOn(e -> e.getLoggerName().contains("adapter.http"))
          .allSatisfy(e -> assertThat(e.getMDCPropertyMap().get("requestId")).startsWith("req-"));
      String all =
          String.join(
              "\n", captured.list.stream().map(ILoggingEvent::getFormattedMessage).toList());
      assertThat(all).contains("s***@e***.com");
      assertThat(all).doesNotContain(token, ADMIN_KEY, "secret.person@example.com", "7946 0958");
    } finally {
      root.detachAppender(captured);
      http.setLevel(before);
    }
  }

  @Test
  void metrics_needTheAdminKeyWhenNotPublic_andExposeOurMeters() {
    server.get("/api/bookings/available-slots?startDate=2026-12-02&endDate=2026-12-02&duration=30");
    server.post("/api/bookings", bookingJson("m@example.com", SLOT, 30));
    assertThat(server.get("/metrics").status()).isEqualTo(401);
    Answer metrics = server.get("/metrics", "Authorization", bearer(ADMIN_KEY));
    assertThat(metrics.status()).isEqualTo(200);
    assertThat(metrics.header("Content-Type")).startsWith("text/plain");
    assertThat(metrics.raw().body())
        .contains("booking_available_slots_latency_seconds_count 1")
        .contains("booking_bookings_total{event=\"booked\"} 1.0")
        .contains(
            "booking_http_requests_seconds_count{method=\"POST\",route=\"/api/bookings\",status=\"201\"} 1");
  }

  @Test
  void health_isLive_readyUnlessTheDatabaseIsDown_andDegradedWithoutTheCrm() {
    assertThat(server.get("/health/live").status()).isEqualTo(200);
    server.health.put("calendar", HealthStatus.DISABLED);
    Answer ready = server.get("/health/ready");
    assertThat(ready.status()).isEqualTo(200);
    assertThat(ready.data().path("components").path("calendar").asText()).isEqualTo("DISABLED");
    assertThat(ready.data().path("status").asText()).isEqualTo("UP");
    server.health.put("crm", HealthStatus.DOWN);
    Answer degraded = server.get("/health/ready");
    assertThat(degraded.status()).as("bookings go on while the CRM is down").isEqualTo(200);
    assertThat(degraded.data().path("status").asText()).isEqualTo("DEGRADED");
    server.health.put("database", HealthStatus.DOWN);
    Answer down = server.get("/health/ready");
    assertThat(down.status()).isEqualTo(503);
    assertThat(down.json().path("success").asBoolean()).isFalse();
    assertThat(down.data().path("status").asText()).isEqualTo("DOWN");
    assertThat(down.data().path("components").path("database").asText()).isEqualTo("DOWN");
  }
}
