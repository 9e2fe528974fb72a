package com.metalogics.booking.adapter.http;

import static com.metalogics.booking.adapter.http.TestServer.ADMIN_KEY;
import static com.metalogics.booking.adapter.http.TestServer.SLOT;
import static com.metalogics.booking.adapter.http.TestServer.bearer;
import static com.metalogics.booking.adapter.http.TestServer.bookingJson;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.metalogics.booking.adapter.http.TestServer.Answer;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Control characters (U+0000 above all: PostgreSQL cannot store it) are refused in every text field
 * and query parameter with a validation error naming the field; tabs and line feeds only in the
 * message and the cancel reason.
 */
class ControlCharactersTest {

  private final TestServer server = TestServer.withAdmin();

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void booking_refusesANulInEveryTextField_namingTheField() {
    for (String field : List.of("name", "email", "company", "phone", "message", "timeZone")) {
      ObjectNode body = booking();
      body.put(field, field.equals("email") ? "a\u0000b@example.org" : "x\u0000y");
      assertRefused(server.post("/api/bookings", body.toString()), field);
    }
    assertThat(server.repository.all()).isEmpty();
  }

  @Test
  void booking_refusesOtherControlCharacters_andAcceptsTabsAndLineFeedsInTheMessageOnly() {
    for (String text : List.of("bell\u0007", "cr\rlf", "del\u007f", "lone\ud800")) {
      ObjectNode body = booking();
      body.put("message", text);
      // Escaped: a lone surrogate has no UTF-8 form, only JSON's \\u escape carries it.
      String json = body.toString().replace("\ud800", "\\ud800");
      assertRefused(server.post("/api/bookings", json), "message");
    }
    ObjectNode tabbed = booking();
    tabbed.put("company", "Engines\tLtd");
    assertRefused(server.post("/api/bookings", tabbed.toString()), "company");

    ObjectNode lines = booking();
    lines.put("message", "First line\n\tindented second");
    Answer created = server.post("/api/bookings", lines.toString());
    assertThat(created.status()).isEqualTo(201);
    assertThat(created.data().path("booking").path("message").asText())
        .isEqualTo("First line\n\tindented second");
  }

  @Test
  void cancelReasonAndRescheduleStart_refuseControlCharacters() {
    Answer created = server.post("/api/bookings", bookingJson("ada@example.com", SLOT, 30));
    String id = created.data().path("booking").path("id").asText();
    String auth = bearer(created.data().path("manageToken").asText());

    assertRefused(
        server.post(
            "/api/bookings/" + id + "/cancel",
            "{\"reason\":\"late\\u0000\"}",
            "Authorization",
            auth),
        "reason");
    assertRefused(
        server.post(
            "/api/bookings/" + id + "/reschedule",
            "{\"startTime\":\"2026-12-03T15:00:00Z\\u0000\"}",
            "Authorization",
            auth),
        "startTime");
    assertThat(server.repository.all().get(0).isActive()).isTrue();
    assertThat(server.repository.all().get(0).startTime()).isEqualTo(SLOT);

    Answer cancelled =
        server.post(
            "/api/bookings/" + id + "/cancel",
            "{\"reason\":\"Ill.\\nSorry.\"}",
            "Authorization",
            auth);
    assertThat(cancelled.status()).isEqualTo(200);
    assertThat(cancelled.data().path("booking").path("cancelReason").asText())
        .isEqualTo("Ill.\nSorry.");
  }

  @Test
  void queryParameters_refuseControlCharacters_namingTheParameter() {
    assertRefused(
        server.get(
            "/api/bookings/available-slots?startDate=2026-12-02%00&endDate=2026-12-02&duration=30"),
        "startDate");
    assertRefused(
        server.get(
            "/api/bookings/available-slots?startDate=2026-12-02&endDate=2026-12-02&duration=30%0A"),
        "duration");
    String admin = bearer(ADMIN_KEY);
    assertRefused(
        server.get("/api/admin/bookings?email=a%00b@example.org", "Authorization", admin), "email");
    assertRefused(
        server.get("/api/admin/bookings?status=CONFIRMED%07", "Authorization", admin), "status");
    Answer inPath = server.get("/api/admin/limits/a%00b@example.org", "Authorization", admin);
    assertThat(inPath.status()).as("Jetty refuses a NUL in the path itself").isEqualTo(400);
    assertThat(inPath.errorCode()).isEqualTo("VALIDATION_ERROR");
  }

  private static ObjectNode booking() {
    try {
      return (ObjectNode) TestServer.JSON.readTree(bookingJson("ada@example.com", SLOT, 30));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void assertRefused(Answer answer, String field) {
    assertThat(answer.status()).as(answer.raw().body()).isEqualTo(400);
    JsonNode error = answer.json().path("error");
    assertThat(error.path("code").asText()).isEqualTo("VALIDATION_ERROR");
    assertThat(error.path("details").path("fields").path(field).asText())
        .as(answer.raw().body())
        .isEqualTo("must not contain control characters");
  }
}
