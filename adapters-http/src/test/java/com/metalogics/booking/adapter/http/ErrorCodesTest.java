package com.metalogics.booking.adapter.http;

import static com.metalogics.booking.adapter.http.TestServer.ADMIN_KEY;
import static com.metalogics.booking.adapter.http.TestServer.SLOT;
import static com.metalogics.booking.adapter.http.TestServer.bearer;
import static com.metalogics.booking.adapter.http.TestServer.bookingJson;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.metalogics.booking.adapter.http.TestServer.Answer;
import com.metalogics.booking.adapter.http.hostile.HostileSuite;
import com.metalogics.booking.core.application.CalendarFailureMode;
import com.metalogics.booking.core.domain.IntegrationException;
import com.metalogics.booking.core.domain.StorageUnavailableException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every error code of DESIGN.md, each produced by a real request. */
class ErrorCodesTest {

  private static final String SLOTS =
      "/api/bookings/available-slots?startDate=2026-12-02&endDate=2026-12-02&duration=30";

  private TestServer server = TestServer.withAdmin();

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void validationError_namesEveryBadField() {
    Answer a =
        server.post(
            "/api/bookings",
            "{\"name\":42,\"email\":[\"x\"],\"startTime\":\"tomorrow\",\"duration\":\"30\","
                + "\"phone\":{}}");
    assertError(a, 400, "VALIDATION_ERROR");
    JsonNode fields = a.json().path("error").path("details").path("fields");
    assertThat(fields.fieldNames())
        .toIterable()
        .containsExactlyInAnyOrder("name", "email", "startTime", "duration", "phone");
  }

  @Test
  void validationError_fromTheCore_whenFieldsAreMissingOrWrong() {
    Answer a = server.post("/api/bookings", "{\"email\":\"not-an-email\",\"duration\":31}");
    assertError(a, 400, "VALIDATION_ERROR");
    JsonNode fields = a.json().path("error").path("details").path("fields");
    assertThat(fields.fieldNames())
        .toIterable()
        .containsExactlyInAnyOrder("name", "email", "startTime", "duration");
  }

  @Test
  void validationError_namesEmail_whenTheTopLevelDomainHasOneLetter() {
    Answer a = server.post("/api/bookings", bookingJson("a@b.c", SLOT, 30));
    assertError(a, 400, "VALIDATION_ERROR");
    JsonNode fields = a.json().path("error").path("details").path("fields");
    assertThat(fields.fieldNames()).toIterable().containsExactly("email");
  }

  @Test
  void malformedJson_isValidationErrorOnBody() {
    Answer a = server.post("/api/bookings", "{\"name\": \"Ada\",");
    assertError(a, 400, "VALIDATION_ERROR");
    assertThat(a.json().path("error").path("details").path("fields").path("body").asText())
        .isEqualTo("is not valid JSON");
  }

  @Test
  void invalidDateRange_whenEndBeforeStartOrTooWide() {
    assertError(
        server.get(
            "/api/bookings/available-slots?startDate=2026-12-05&endDate=2026-12-01&duration=30"),
        400,
        "INVALID_DATE_RANGE");
    assertError(
        server.get(
            "/api/bookings/available-slots?startDate=2026-12-01&endDate=2027-02-01&duration=30"),
        400,
        "INVALID_DATE_RANGE");
  }

  @Test
  void unauthorized_whenAdminKeyMissingOrWrong() {
    Answer missing = server.get("/api/admin/bookings");
    assertError(missing, 401, "UNAUTHORIZED");
    assertThat(missing.header("WWW-Authenticate")).isEqualTo("Bearer");
    assertError(
        server.get("/api/admin/bookings", "Authorization", bearer(ADMIN_KEY + "x")),
        401,
        "UNAUTHORIZED");
  }

  @Test
  void notFound_forUnknownIdWrongTokenBadIdAndUnknownRoute() {
    String id = created().path("booking").path("id").asText();
    assertError(server.get("/api/bookings/" + id), 404, "NOT_FOUND");
    assertError(
        server.get("/api/bookings/" + id, "Authorization", bearer("guess")), 404, "NOT_FOUND");
    assertError(
        server.get("/api/bookings/" + UUID.randomUUID(), "Authorization", bearer(ADMIN_KEY)),
        404,
        "NOT_FOUND");
    assertError(
        server.get("/api/bookings/not-a-uuid", "Authorization", bearer(ADMIN_KEY)),
        404,
        "NOT_FOUND");
    assertError(server.get("/api/nothing/here"), 404, "NOT_FOUND");
  }

  @Test
  void unknownPath_answersTheEnvelopeAlone_whateverTheClientAccepts() throws Exception {
    for (String accept : List.of("*/*", "application/json", "application/problem+json")) {
      Answer a = server.get("/book", "Accept", accept);
      assertError(a, 404, "NOT_FOUND");
      assertThat(a.header("Content-Type")).startsWith("application/json");
      JsonNode whole =
          new ObjectMapper()
              .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
              .readTree(a.raw().body());
      assertThat(whole.path("error").path("code").asText()).as(accept).isEqualTo("NOT_FOUND");
      assertThat(a.raw().body()).as(accept).doesNotContain("Endpoint");
    }
  }

  @Test
  void unsupportedHttpVersions_answer505_withTheirOwnCode() throws Exception {
    HostileSuite raw = new HostileSuite(server.app.port());
    for (String version : List.of("HTTP/9.9", "HTTP/0.9")) {
      String answer = rawAnswer("GET /health/live " + version);
      assertThat(answer).as(version).startsWith("HTTP/1.1 505 ");
      JsonNode error = TestServer.JSON.readTree(answer.substring(answer.indexOf("\r\n\r\n") + 4));
      assertThat(error.path("error").path("code").asText()).isEqualTo("HTTP_VERSION_NOT_SUPPORTED");
      assertThat(error.path("error").path("message").asText()).contains("HTTP/1.1");
    }
    assertThat(raw.rawStatus("GET /health/live HTTP/1.0", "")).isEqualTo(200);
  }

  @Test
  void methodNotAllowed_onKnownPathWithWrongMethod() {
    Answer a = server.method("DELETE", "/api/bookings", null, null);
    assertThat(a.status()).isEqualTo(405);
    assertThat(a.json().path("success").asBoolean()).isFalse();
    assertThat(a.errorCode()).isEqualTo("METHOD_NOT_ALLOWED");
    assertThat(a.json().path("error").path("requestId").asText()).isNotBlank();
  }

  @Test
  void slotUnavailable_withReason_whenTakenOrOffGrid() {
    created();
    Answer taken = server.post("/api/bookings", bookingJson("other@example.com", SLOT, 30));
    assertError(taken, 409, "SLOT_UNAVAILABLE");
    assertThat(taken.json().path("error").path("details").path("reason").asText())
        .isIn("ALREADY_BOOKED", "CALENDAR_BUSY");
    Answer offGrid =
        server.post("/api/bookings", bookingJson("other@example.com", SLOT.plusSeconds(420), 30));
    assertThat(offGrid.json().path("error").path("details").path("reason").asText())
        .isEqualTo("OFF_GRID");
  }

  @Test
  void bookingNotActive_whenReschedulingACancelledBooking() {
    JsonNode data = created();
    String id = data.path("booking").path("id").asText();
    String auth = bearer(data.path("manageToken").asText());
    server.post("/api/bookings/" + id + "/cancel", "{}", "Authorization", auth);
    Answer a =
        server.post(
            "/api/bookings/" + id + "/reschedule",
            "{\"startTime\":\"2026-12-03T15:00:00Z\"}",
            "Authorization",
            auth);
    assertError(a, 409, "BOOKING_NOT_ACTIVE");
  }

  @Test
  void payloadTooLarge_byDeclaredLengthAndByActualBytes() {
    String big = "{\"name\":\"" + "a".repeat(70_000) + "\"}";
    assertError(server.post("/api/bookings", big), 413, "PAYLOAD_TOO_LARGE");
    HttpRequest chunked =
        server
            .request("/api/bookings")
            .header("Content-Type", "application/json")
            .POST(
                HttpRequest.BodyPublishers.ofInputStream(
                    () -> new java.io.ByteArrayInputStream(big.getBytes())))
            .build();
    assertError(server.send(chunked), 413, "PAYLOAD_TOO_LARGE");
    assertThat(server.repository.all()).isEmpty();
  }

  @Test
  void unsupportedMediaType_forNonJsonBodies() {
    String body = bookingJson("ada@example.com", SLOT, 30);
    assertError(
        server.method("POST", "/api/bookings", "text/plain", body), 415, "UNSUPPORTED_MEDIA_TYPE");
    assertError(
        server.method("POST", "/api/bookings", "application/x-www-form-urlencoded", "name=x"),
        415,
        "UNSUPPORTED_MEDIA_TYPE");
    assertError(server.method("POST", "/api/bookings", null, body), 415, "UNSUPPORTED_MEDIA_TYPE");
    assertThat(server.repository.all()).isEmpty();
  }

  @Test
  void frequencyLimitExceeded_onTheThirdBookingOfOneEmail() {
    server.post("/api/bookings", bookingJson("busy@example.com", SLOT, 30));
    server.post("/api/bookings", bookingJson("busy@example.com", SLOT.plusSeconds(3600), 30));
    Answer third =
        server.post("/api/bookings", bookingJson("BUSY@example.com", SLOT.plusSeconds(7200), 30));
    assertError(third, 429, "FREQUENCY_LIMIT_EXCEEDED");
    assertThat(server.registry.scrape()).contains("booking_frequency_limit_rejections_total 1.0");
  }

  @Test
  void rateLimited_withRetryAfter_andRefilledByTheClock() {
    server.close();
    server = new TestServer(new HttpConfig(Optional.empty(), 65_536, 2, List.of(), true));
    server.post("/api/bookings", "{}");
    server.post("/api/bookings", "{}");
    Answer third = server.post("/api/bookings", bookingJson("ada@example.com", SLOT, 30));
    assertError(third, 429, "RATE_LIMITED");
    assertThat(third.header("Retry-After")).isEqualTo("30");
    assertThat(server.registry.scrape()).contains("booking_rate_limit_rejections_total 1.0");
    server.clock.advance(java.time.Duration.ofSeconds(30));
    assertThat(server.post("/api/bookings", bookingJson("ada@example.com", SLOT, 30)).status())
        .isEqualTo(201);
  }

  @Test
  void calendarErrors_areServiceUnavailable_inStrictMode() {
    server.close();
    server = new TestServer(HttpConfig.defaults(), CalendarFailureMode.STRICT);
    server.calendar.failures().failNext(1, () -> IntegrationException.calendar("down", null));
    assertError(server.get(SLOTS), 503, "CALENDAR_ERROR");
    server.calendar.failures().failNext(1, () -> IntegrationException.calendarAuth("key", null));
    assertError(server.get(SLOTS), 503, "CALENDAR_AUTH_ERROR");
  }

  @Test
  void calendarFailure_inDegradeMode_servesSlotsWithWarning() {
    server.calendar.failures().failNext(1, () -> IntegrationException.calendar("down", null));
    Answer a = server.get(SLOTS);
    assertThat(a.status()).isEqualTo(200);
    assertThat(a.data().path("warnings").toString()).isEqualTo("[\"CALENDAR_UNAVAILABLE\"]");
  }

  @Test
  void crmStorageAndInternalErrors_mapToTheirStatuses() {
    String body = bookingJson("ada@example.com", SLOT, 30);
    server.repository.failures().failNext(1, () -> IntegrationException.crm("down", null));
    assertError(server.post("/api/bookings", body), 503, "CRM_ERROR");
    server.repository.failures().failNext(1, () -> IntegrationException.crmAuth("key", null));
    assertError(server.post("/api/bookings", body), 503, "CRM_AUTH_ERROR");
    server.repository.failures().failNext(1, () -> new StorageUnavailableException("db", null));
    assertError(server.post("/api/bookings", body), 503, "STORAGE_UNAVAILABLE");
    server.repository.failures().failNext(1, () -> new IllegalStateException("secret detail"));
    Answer internal = server.post("/api/bookings", body);
    assertError(internal, 500, "INTERNAL_ERROR");
    assertThat(internal.raw().body())
        .doesNotContain("secret detail", "IllegalStateException", "at com.");
  }

  /** The whole answer to a request line sent as is, read until the server closes. */
  private String rawAnswer(String requestLine) throws java.io.IOException {
    try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.app.port())) {
      socket.setSoTimeout(10_000);
      String request = requestLine + "\r\nHost: localhost\r\nConnection: close\r\n\r\n";
      socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private JsonNode created() {
    Answer a = server.post("/api/bookings", bookingJson("ada@example.com", SLOT, 30));
    assertThat(a.status()).isEqualTo(201);
    return a.data();
  }

  private static void assertError(Answer a, int status, String code) {
    assertThat(a.status()).as(a.raw().body()).isEqualTo(status);
    JsonNode json = a.json();
    assertThat(json.path("success").asBoolean()).isFalse();
    assertThat(json.path("error").path("code").asText()).isEqualTo(code);
    assertThat(json.path("error").path("message").asText()).isNotBlank();
    assertThat(json.path("error").path("requestId").asText())
        .isNotBlank()
        .isEqualTo(a.header("X-Request-Id"));
  }
}
